#pragma once

#include "Result.h"
#include "model/Person.h"
#include "model/PersonListing.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Services;

// 関係者: every read and write of people, for the window, the command line and the importers.
// Each write is one transaction that announces what it changed (Change::Entity::Person).
//
//     PeopleService people(session.services());
//     if (const Status st = people.update(after); !st) …
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    explicit PeopleService(Services& services);

    // None when there is no such person; a failure when the read failed.
    Result<std::optional<Person>> get(qint64 id) const;
    // Everyone with the labels the list shows (profession, organisation), in 五十音順: one query.
    Result<QList<PersonListing>> list() const;
    // The rows of these people (to apply changes to a list): one query, whatever the count.
    Result<QList<PersonListing>> rows(const QList<qint64>& ids) const;
    // The rows of the people of these organisations (an organisation renamed): one query.
    Result<QList<PersonListing>> rowsOfOrganisations(const QList<qint64>& organisationIds) const;
    // Folded substring search over name and reading, in 五十音順.
    Result<QList<Person>> search(const QString& text, int limit = 200) const;
    // The same people with the labels a list shows (their organisation's name…), in the same
    // order: two queries, whatever the count.
    Result<QList<PersonListing>> searchListings(const QString& text, int limit = 200) const;
    // People whose name folds like `name`, in `organisationId` when it is not 0.
    Result<QList<Person>> findByName(const QString& name, qint64 organisationId = 0) const;
    // Another person taken for the same one (SameName: folded name, same organisation).
    Result<std::optional<Person>> possibleDuplicate(const Person& person) const;
    // What refers to the person (attendance, memberships, lectures).
    Result<References> references(qint64 id) const;
    // The person's history (the People page's tabs), each one query: events attended (as of
    // each event), programme items lectured, seats on bodies.
    Result<QList<AttendedEvent>> attended(qint64 personId) const;
    Result<QList<LecturedItem>> lectured(qint64 personId) const;
    Result<QList<Seat>> seats(qint64 personId) const;

    // The new person's id.
    Result<qint64> add(const Person& person);
    Status update(const Person& person);
    Status remove(qint64 id);
    // Puts a removed person back with their own id (undo of a delete, redo of an add), so that
    // later steps referring to that id still apply.
    Status restore(const Person& person);
    // A new person's first run and redo in one: adds `person`, or puts them back under their id
    // when they have one. The person's id.
    Result<qint64> addOrRestore(const Person& person);

private:
    Status insert(Person person, const QString& message, qint64* id);

    Services& m_services;
};
