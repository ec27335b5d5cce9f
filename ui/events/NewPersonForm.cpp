#include "events/NewPersonForm.h"

#include "events/PickLists.h"
#include "store/CodeListStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NewPersonForm::NewPersonForm(Fields fields, QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_reading(new QLineEdit(this)),
      m_profession(new QComboBox(this)), m_organisation(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_message(new QLabel(this)), m_add(new QPushButton(tr("Add &person"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Readin&g:"), m_reading);
    form->addRow(tr("Profession:"), m_profession);
    form->addRow(tr("Organi&sation:"), m_organisation);
    if (fields == WithTitle)
        form->addRow(tr("Jo&b title:"), m_title);
    else
        m_title->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    m_reading->setPlaceholderText(tr("in hiragana, for sorting (五十音順)"));
    m_title->setPlaceholderText(tr("e.g. センター長, 院長"));
    m_organisation->setEditable(false);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    connect(m_add, &QPushButton::clicked, this, &NewPersonForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finish();
        emit cancelled();
    });
    hide();
}

void NewPersonForm::setDatabase(const Database& db)
{
    PickLists::fillCodes(m_profession, db, CodeListStore::Profession, tr("(unknown)"));
    PickLists::fillOrganisations(m_organisation, db, tr("(none)"));
}

void NewPersonForm::start(const QString& name)
{
    m_name->setText(name.trimmed());
    m_reading->clear();
    m_title->clear();
    m_message->clear();
    m_profession->setCurrentIndex(0);
    m_organisation->setCurrentIndex(0);
    show();
    if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_reading->setFocus();
}

void NewPersonForm::finish()
{
    m_message->clear();
    hide();
}

void NewPersonForm::submit()
{
    Person p;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty()) {
        m_message->setText(tr("A person needs a name."));
        m_name->setFocus();
        return;
    }
    p.reading = m_reading->text().trimmed();
    p.professionId = m_profession->currentData().toLongLong();
    p.organisationId = m_organisation->currentData().toLongLong();
    p.title = m_title->text().trimmed();
    emit submitted(p);
}

void NewPersonForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        finish();
        emit cancelled();
        return;
    }
    // Line edits and combo boxes pass Enter on to their parent: here it adds the person.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}
