#include "people/PeoplePage.h"

#include "common/ConfirmDelete.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "people/PersonEditor.h"
#include "people/PersonHistoryTabs.h"
#include "model/SameName.h"
#include "pages/AddStep.h"
#include "people/PersonListModel.h"
#include "service/OrganisationService.h"
#include "service/PeopleService.h"

#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>
#include <memory>

PeoplePage::PeoplePage(Session& session, QWidget* parent)
    : RecordPage(session, QStringLiteral("peoplePage"), parent), m_model(new PersonListModel(this)),
      m_editor(new PersonEditor), m_history(new PersonHistoryTabs)
{
    auto* panel = new QSplitter(Qt::Vertical);
    panel->setObjectName(QStringLiteral("personPanel"));
    panel->setChildrenCollapsible(false);
    panel->addWidget(m_editor);
    panel->addWidget(m_history);
    panel->setStretchFactor(0, 0);
    panel->setStretchFactor(1, 1);
    setUp(m_model, panel);
    connect(m_editor, &PersonEditor::edited, this, &PeoplePage::save);
}

void PeoplePage::reload()
{
    m_editor->setServices(&m_session.services());
    Status st;
    reloadModel([this, &st] { st = m_model->load(&m_session.services()); });
    m_loaded = true;
    if (!st)
        Dialogs::showError(this, st);
}

void PeoplePage::clear()
{
    m_loaded = false;
    m_editor->setServices(nullptr);
    reloadModel([this] { (void)m_model->load(nullptr); });
}

void PeoplePage::apply(const Changes& changes)
{
    bool showAgain = false;
    for (const Change& change : changes) {
        switch (change.entity) {
        case Change::Entity::Person:
        case Change::Entity::Organisation:
            if (!m_loaded)
                break;
            if (const Status st = m_model->apply(m_session.services(), change); !st)
                Dialogs::showError(this, st);
            if (change.entity == Change::Entity::Organisation)
                m_editor->reloadOrganisations();
            showAgain = showAgain || change.entity == Change::Entity::Organisation || change.ids.contains(m_shownId);
            break;
        case Change::Entity::CodeItem:
            // Professions relabelled or reordered: every row may show them.
            Page::apply(changes);
            return;
        case Change::Entity::Settings:
            break;
        default:
            // Attendance, programmes, memberships, events: the shown person's history.
            showAgain = true;
            break;
        }
    }
    if (showAgain && m_loaded && m_shownId && m_shownId == currentId())
        showRecord(m_shownId);
}

void PeoplePage::showRecord(qint64 id)
{
    if (id != m_shownId && id != m_addedId)
        m_addedId = 0;
    m_shownId = id;
    const Person* person = m_model->person(id);
    m_editor->setPerson(person ? std::optional<Person>(*person) : std::nullopt);
    if (const Status st = m_history->load(person ? &m_session.services() : nullptr, person ? id : 0); !st)
        Dialogs::showError(this, st);
}

bool PeoplePage::confirmNotDuplicate(const Person& before, const Person& after)
{
    if (SameName::samePerson(before, after))
        return true;
    const Result<std::optional<Person>> duplicate = PeopleService(m_session.services()).possibleDuplicate(after);
    if (!duplicate) {
        // Unknown whether it is a duplicate: say so, and keep what was typed (a second record
        // can be merged later; a lost edit cannot be found again).
        Dialogs::showError(this, duplicate.status());
        return true;
    }
    if (!duplicate->has_value())
        return true;
    const Person existing = duplicate->value();
    QString where;
    if (after.organisationId) {
        const Result<std::optional<Organisation>> org = OrganisationService(m_session.services()).get(after.organisationId);
        if (org && org->has_value())
            where = org->value().name;
    }
    const bool isNew = after.id == m_addedId;
    const QString text =
        (where.isEmpty() ? tr("\"%1\" is already registered without an organisation.").arg(existing.name)
                         : tr("\"%1\" of %2 is already registered.").arg(existing.name, where)) +
        QStringLiteral("\n\n") +
        (isNew ? tr("Is it the same person? Then the new entry is discarded and the registered person is shown.")
               : tr("Is it the same person? Then your change is undone."));
    // The safe answer, the registered person, is the default: Enter never makes a second record.
    if (Dialogs::question(this, tr("Possible duplicate"), text, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No,
                          {{QMessageBox::No, isNew ? tr("&Use the registered person") : tr("&Undo my change")},
                           {QMessageBox::Yes, tr("&Keep both (different people)")}}) == QMessageBox::Yes)
        return true;
    if (isNew) {
        m_addedId = 0;
        remove(before, tr("Discard person %1").arg(before.name));
        selectId(existing.id);
    } else {
        m_editor->setPerson(before);
    }
    return false;
}

void PeoplePage::save(const Person& before, const Person& after)
{
    if (after.name.isEmpty()) {
        Dialogs::showError(this, Status::failure(tr("A person needs a name.")));
        m_editor->setPerson(before);
        return;
    }
    if (!confirmNotDuplicate(before, after))
        return;
    Session& session = m_session;
    m_session.edit(
        UndoText::change({{before.name != after.name, tr("name")},
                          {before.reading != after.reading, tr("reading")},
                          {before.professionId != after.professionId, tr("profession")},
                          {before.organisationId != after.organisationId, tr("organisation")},
                          {before.department != after.department, tr("department")},
                          {before.title != after.title, tr("job title")},
                          {before.email != after.email, tr("e-mail")},
                          {before.phone != after.phone, tr("phone")},
                          {before.note != after.note, tr("note")},
                          {before.active != after.active, tr("active")}},
                         before.name),
        EditTarget::of(EditTarget::Kind::Person, after.id),
        [&session, after] { return PeopleService(session.services()).update(after); },
        [&session, before] { return PeopleService(session.services()).update(before); });
}

void PeoplePage::add(const Person& person)
{
    Session& session = m_session;
    auto record = std::make_shared<Person>(person);
    if (!m_session.edit(
            tr("Add person %1").arg(person.name),
            EditTarget::of(EditTarget::Kind::Person, [record] { return record->id; }),
            addOrRestore<PeopleService>(m_session, record),
            [&session, record] { return PeopleService(session.services()).remove(record->id); }))
        return;
    m_addedId = record->id;
    searchEdit()->clear();
    selectId(record->id);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void PeoplePage::newRecord()
{
    Person person;
    person.name = tr("New person");
    add(person);
}

void PeoplePage::duplicateRecord(qint64 id)
{
    const Person* source = m_model->person(id);
    if (!source)
        return;
    // A colleague from the same place: the affiliation is kept, the personal details are not.
    Person copy;
    copy.name = tr("%1 (copy)").arg(source->name);
    copy.professionId = source->professionId;
    copy.organisationId = source->organisationId;
    copy.department = source->department;
    add(copy);
}

void PeoplePage::remove(const Person& person, const QString& text)
{
    Session& session = m_session;
    const qint64 id = person.id;
    m_session.edit(
        text, EditTarget::of(EditTarget::Kind::Person, id),
        [&session, id] { return PeopleService(session.services()).remove(id); },
        [&session, person] { return PeopleService(session.services()).restore(person); });
}

void PeoplePage::deleteRecord(qint64 id)
{
    const Person* found = m_model->person(id);
    if (!found)
        return;
    const Person person = *found;
    const Result<References> references = PeopleService(m_session.services()).references(id);
    if (!references) {
        Dialogs::showError(this, references.status());
        return;
    }
    switch (ConfirmDelete::ask(this, tr("Delete person"), person.name, *references, person.active)) {
    case ConfirmDelete::Answer::Delete:
        remove(person, tr("Delete person %1").arg(person.name));
        break;
    case ConfirmDelete::Answer::Deactivate: {
        Person inactive = person;
        inactive.active = false;
        save(person, inactive);
        break;
    }
    case ConfirmDelete::Answer::Cancel:
        break;
    }
}
