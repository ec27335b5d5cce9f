#include "events/NewPersonForm.h"

#include "common/Session.h"
#include "domain/Codes.h"
#include "events/PickLists.h"
#include "people/OrganisationCombo.h"
#include "common/Dialogs.h"
#include "service/OrganisationService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <memory>

NewPersonForm::NewPersonForm(Session& session, Fields fields, QWidget* parent)
    : QWidget(parent), m_session(session), m_name(new QLineEdit(this)), m_reading(new QLineEdit(this)),
      m_profession(new QComboBox(this)), m_organisation(new OrganisationCombo(this)), m_title(new QLineEdit(this)),
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
    // The message has a line of its own, kept free while empty, so that none moves the form.
    form->addRow(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    m_reading->setPlaceholderText(tr("in hiragana, for sorting (五十音順)"));
    m_title->setPlaceholderText(tr("e.g. センター長, 院長"));
    m_organisation->setNewNamesAllowed(true);
    connect(m_organisation, &OrganisationCombo::newNameTyped, this, [this](const QString& name) {
        m_message->setText(tr("New organisation \"%1\": added with the person.").arg(name));
        m_message->setToolTip(m_message->text());
    });
    connect(m_organisation, &OrganisationCombo::organisationChosen, m_message, &QLabel::clear);
    m_message->setWordWrap(false);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing());
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    connect(m_add, &QPushButton::clicked, this, &NewPersonForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finish();
        emit cancelled();
    });
    hide();
}

Status NewPersonForm::setServices(Services& services)
{
    // 不明 is an entry of the profession list itself: no second "unknown" is added.
    QList<CodeItem> professions;
    const Status codes = PickLists::fillCodes(m_profession, services, CodeList::Profession, QString(), &professions);
    m_unknownProfession = 0;
    for (const CodeItem& c : professions)
        if (c.code == Code::UnknownProfession)
            m_unknownProfession = c.id;
    const Status organisations = m_organisation->load(services);
    return codes ? organisations : codes;
}

void NewPersonForm::start(const QString& name)
{
    m_name->setText(name.trimmed());
    m_reading->clear();
    m_title->clear();
    m_message->clear();
    PickLists::select(m_profession, m_unknownProfession);
    m_organisation->setOrganisationId(0);
    m_organisation->lineEdit()->clear(); // its hint shows; typing starts a search, not after "(none)"
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
    p.organisationId = m_organisation->organisationId();
    if (!m_organisation->newName().isEmpty()) {
        p.organisationId = addOrganisation(m_organisation->newName());
        if (!p.organisationId)
            return;
    }
    p.title = m_title->text().trimmed();
    emit submitted(p);
}

qint64 NewPersonForm::addOrganisation(const QString& name)
{
    auto org = std::make_shared<Organisation>();
    org->name = name;
    Services& services = m_session.services();
    // The organisation keeps the id of the first run on redo, so the person's step still refers to it.
    if (!m_session.edit(
            tr("Add organisation %1").arg(name),
            [&services, org]() -> Status {
                if (org->id)
                    return OrganisationService(services).restore(*org);
                const Result<qint64> id = OrganisationService(services).add(*org);
                if (!id)
                    return id.status();
                org->id = *id;
                return Status::success();
            },
            [&services, org] { return OrganisationService(services).remove(org->id); }))
        return 0;
    if (const Status st = m_organisation->load(services, org->id); !st)
        Dialogs::showError(this, st);
    m_organisation->setOrganisationId(org->id);
    return org->id;
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
