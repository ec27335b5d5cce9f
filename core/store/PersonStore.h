#pragma once

#include "Result.h"
#include "db/RecordMap.h"
#include "model/Person.h"
#include "model/PersonListing.h"
#include "model/References.h"
#include "store/RecordInsert.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Reads and writes people (関係者): rows ↔ records through one RecordMap. Used by the services
// and other core code (reports, importers); the window goes through PeopleService.
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)

public:
    explicit PersonStore(const Database& db);
    static const RecordMap<Person>& map();

    // None when there is no such person; a failure when the query failed.
    Result<std::optional<Person>> get(qint64 id) const;
    Result<QList<Person>> all() const;
    Result<QList<Person>> byIds(const QList<qint64>& ids) const;
    // People whose name folds like `name`, in `organisationId` when it is not 0.
    Result<QList<Person>> findByName(const QString& name, qint64 organisationId = 0) const;
    Result<QList<Person>> search(const QString& text, int limit = 200) const;
    // With their profession and organisation labels, in 五十音順: everyone, or the people `ids`
    // name, or the people of the organisations `organisationIds` name. One query each.
    Result<QList<PersonListing>> listings() const;
    Result<QList<PersonListing>> listings(const QList<qint64>& ids) const;
    Result<QList<PersonListing>> listingsOfOrganisations(const QList<qint64>& organisationIds) const;

    // A new person (id 0) gets SQLite's id; a person with an id set (restored by undo) keeps it.
    Status insert(Person& person);
    // A failure also when the person is no longer there.
    Status update(const Person& person);
    Status remove(qint64 id);
    // What refers to the person (attendance, memberships, lectures).
    Result<References> references(qint64 id) const;

private:
    Result<QList<Person>> select(const QString& where, const QVariantList& values) const;
    Result<QList<PersonListing>> selectListings(const QString& where, const QVariantList& values) const;

    const Database& m_db;
    // Prepared once per store: an import writes thousands of rows through one store object.
    RecordInsert<Person> m_insert;
    SqlUtil::Statement m_update;
};
