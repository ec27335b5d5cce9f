#include "bodies/EndTermDialog.h"

#include "bodies/MembershipTerm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

EndTermDialog::EndTermDialog(const QString& member, const QDate& termFrom, const QDate& today,
                             QWidget* parent)
    : QDialog(parent), m_termFrom(termFrom), m_date(today), m_edit(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("End term"));
    auto* intro = new QLabel(
        tr("End the term of %1. The member still sits on the last day and is listed as a past member from "
           "the day after; the row stays as history.")
            .arg(member), this);
    intro->setWordWrap(true);
    m_edit->setText(MembershipTerm::format(today));
    m_edit->selectAll();
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QString(14, QChar(0x3042))));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Last day of the term:"), m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndTermDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndTermDialog::reject);
}

void EndTermDialog::accept()
{
    QString error;
    const auto date = MembershipTerm::parse(m_edit->text(), &error);
    if (date && !date->isValid())
        error = tr("Type the last day of the term.");
    else if (date && m_termFrom.isValid() && *date < m_termFrom)
        error = tr("The term cannot end before it begins (%1).").arg(MembershipTerm::format(m_termFrom));
    if (!date || !date->isValid() || !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_edit->setFocus();
        return;
    }
    m_date = *date;
    QDialog::accept();
}
