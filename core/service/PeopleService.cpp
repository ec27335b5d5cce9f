#include "service/PeopleService.h"

#include "model/SameName.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/PersonHistoryStore.h"
#include "store/PersonStore.h"

PeopleService::PeopleService(Services& services) : m_services(services) {}

Result<std::optional<Person>> PeopleService::get(qint64 id) const
{
    return PersonStore(m_services.db()).get(id);
}

Result<QList<PersonListing>> PeopleService::list() const
{
    return PersonStore(m_services.db()).listings();
}

Result<QList<PersonListing>> PeopleService::rows(const QList<qint64>& ids) const
{
    return PersonStore(m_services.db()).listings(ids);
}

Result<QList<PersonListing>> PeopleService::rowsOfOrganisations(const QList<qint64>& organisationIds) const
{
    return PersonStore(m_services.db()).listingsOfOrganisations(organisationIds);
}

Result<QList<Person>> PeopleService::search(const QString& text, int limit) const
{
    return PersonStore(m_services.db()).search(text, limit);
}

Result<QList<PersonListing>> PeopleService::searchListings(const QString& text, int limit) const
{
    const Result<QList<Person>> found = search(text, limit);
    if (!found)
        return found.status();
    QList<qint64> ids;
    ids.reserve(found->size());
    for (const Person& p : *found)
        ids << p.id;
    return rows(ids); // in the list's order, as the search
}

Result<QList<Person>> PeopleService::findByName(const QString& name, qint64 organisationId) const
{
    return PersonStore(m_services.db()).findByName(name, organisationId);
}

Result<std::optional<Person>> PeopleService::possibleDuplicate(const Person& person) const
{
    const Result<QList<Person>> namesakes = findByName(person.name, person.organisationId);
    if (!namesakes)
        return namesakes.status();
    for (const Person& other : *namesakes)
        if (SameName::isDuplicate(person, other))
            return std::optional<Person>(other);
    return std::optional<Person>();
}

Result<References> PeopleService::references(qint64 id) const
{
    return PersonStore(m_services.db()).references(id);
}

Result<QList<AttendedEvent>> PeopleService::attended(qint64 personId) const
{
    return PersonHistoryStore(m_services.db()).attended(personId);
}

Result<QList<LecturedItem>> PeopleService::lectured(qint64 personId) const
{
    return PersonHistoryStore(m_services.db()).lectured(personId);
}

Result<QList<Seat>> PeopleService::seats(qint64 personId) const
{
    return PersonHistoryStore(m_services.db()).seats(personId);
}

Status PeopleService::insert(Person person, const QString& message, qint64* id)
{
    if (person.name.trimmed().isEmpty())
        return Status::failure(tr("A person needs a name."));
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = PersonStore(m_services.db()).insert(person); !st)
        return st;
    work.note({Change::Entity::Person, Change::Op::Inserted, {person.id}});
    if (Status st = work.commit(message); !st)
        return st;
    if (id)
        *id = person.id;
    return Status::success();
}

Result<qint64> PeopleService::add(const Person& person)
{
    Person fresh = person;
    fresh.id = 0;
    qint64 id = 0;
    if (Status st = insert(fresh, tr("The person \"%1\" could not be added.").arg(person.name), &id); !st)
        return st;
    return id;
}

Status PeopleService::restore(const Person& person)
{
    const QString message = tr("The person \"%1\" could not be restored.").arg(person.name);
    if (person.id <= 0)
        return Status::failure(message, tr("The record has no id."));
    return insert(person, message, nullptr);
}

Result<qint64> PeopleService::addOrRestore(const Person& person)
{
    if (!person.id)
        return add(person);
    if (const Status st = restore(person); !st)
        return st;
    return person.id;
}

Status PeopleService::update(const Person& person)
{
    const QString message = tr("The person \"%1\" could not be saved.").arg(person.name);
    if (person.name.trimmed().isEmpty())
        return Status::failure(tr("A person needs a name."));
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = PersonStore(m_services.db()).update(person); !st)
        return st;
    work.note({Change::Entity::Person, Change::Op::Updated, {person.id}});
    return work.commit(message);
}

Status PeopleService::remove(qint64 id)
{
    const QString message = tr("The person could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = PersonStore(m_services.db()).remove(id); !st)
        return st;
    work.note({Change::Entity::Person, Change::Op::Removed, {id}});
    return work.commit(message);
}
