#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Person.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes people (関係者).
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)

public:
    explicit PersonStore(const Database& db);

    // None when there is no such person; a failure when the query fails.
    Result<std::optional<Person>> get(qint64 id) const;
    QList<Person> all() const;
    // People whose name folds like `name`, in `organisationId` when it is not 0.
    QList<Person> findByName(const QString& name, qint64 organisationId = 0) const;
    Result<QList<Person>> search(const QString& text, int limit = 200) const;

    Status insert(Person& person);
    Status update(const Person& person);
    Status remove(qint64 id);
    // True when attendance, memberships or programmes refer to the person.
    // What refers to the person (attendance, memberships, lectures); none when the query failed.
    std::optional<References> references(qint64 id, Status* status) const;

private:
    Result<QList<Person>> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};
