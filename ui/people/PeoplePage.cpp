#include "people/PeoplePage.h"

#include "common/ConfirmDelete.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "people/PersonEditor.h"
#include "people/PersonHistoryTabs.h"
#include "people/PersonListModel.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "text/TextFolding.h"

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
    m_editor->setDatabase(m_session.db());
    reloadModel([this] { m_model->load(&m_session.db()); });
}

void PeoplePage::clear()
{
    reloadModel([this] { m_model->load(nullptr); });
}

void PeoplePage::showRecord(qint64 id)
{
    if (id != m_shownId && id != m_addedId)
        m_addedId = 0;
    m_shownId = id;
    const Person* person = m_model->person(id);
    m_editor->setPerson(person ? std::optional<Person>(*person) : std::nullopt);
    m_history->load(person ? &m_session.db() : nullptr, person ? id : 0);
}

bool PeoplePage::confirmNotDuplicate(const Person& before, const Person& after)
{
    const bool sameKey = TextFolding::fold(before.name) == TextFolding::fold(after.name) &&
                         before.organisationId == after.organisationId;
    if (sameKey)
        return true;
    const PersonStore people(m_session.db());
    std::optional<Person> existing;
    for (const Person& p : people.findByName(after.name, after.organisationId))
        if (p.id != after.id && p.organisationId == after.organisationId) {
            existing = p;
            break;
        }
    if (!existing)
        return true;
    QString where;
    if (const auto org =
            after.organisationId ? OrganisationStore(m_session.db()).get(after.organisationId).valueOr(std::nullopt) : std::nullopt)
        where = org->name;
    const bool isNew = after.id == m_addedId;
    const QString text =
        (where.isEmpty() ? tr("\"%1\" is already registered without an organisation.").arg(existing->name)
                         : tr("\"%1\" of %2 is already registered.").arg(existing->name, where)) +
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
        selectId(existing->id);
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
    Database& db = m_session.db();
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
        [&db, after] { return PersonStore(db).update(after); },
        [&db, before] { return PersonStore(db).update(before); });
}

void PeoplePage::add(const Person& person)
{
    Database& db = m_session.db();
    auto record = std::make_shared<Person>(person);
    // Redo after undo inserts the same id again, so later steps that refer to it still apply.
    if (!m_session.edit(
            tr("Add person %1").arg(person.name),
            EditTarget::of(EditTarget::Kind::Person, [record] { return record->id; }),
            [&db, record] { return PersonStore(db).insert(*record); },
            [&db, record] { return PersonStore(db).remove(record->id); }))
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
    Database& db = m_session.db();
    const qint64 id = person.id;
    m_session.edit(
        text, EditTarget::of(EditTarget::Kind::Person, id), [&db, id] { return PersonStore(db).remove(id); },
        [&db, person] {
            Person copy = person;
            return PersonStore(db).insert(copy);
        });
}

void PeoplePage::deleteRecord(qint64 id)
{
    const Person* found = m_model->person(id);
    if (!found)
        return;
    const Person person = *found;
    Status st;
    const auto references = PersonStore(m_session.db()).references(id, &st);
    if (!references) {
        Dialogs::showError(this, st);
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
