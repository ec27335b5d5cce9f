#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Organisation.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes organisations (団体・機関).
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationStore)

public:
    explicit OrganisationStore(const Database& db);

    // None when there is no such organisation; a failure when the query fails.
    Result<std::optional<Organisation>> get(qint64 id) const;
    // All organisations in 五十音順 (by reading, then name).
    QList<Organisation> all() const;
    // Organisations whose name folds to the same key as `name` (duplicate detection, import).
    QList<Organisation> findByName(const QString& name) const;
    // Folded substring search over name and reading.
    Result<QList<Organisation>> search(const QString& text, int limit = 200) const;

    Status insert(Organisation& org);
    Status update(const Organisation& org);
    Status remove(qint64 id);
    // True when people, memberships, bodies or attendance refer to the organisation.
    // What refers to the organisation (people, memberships, bodies, attendance); none when the query failed.
    std::optional<References> references(qint64 id, Status* status) const;

private:
    Result<QList<Organisation>> select(const QString& where, const QVariantList& values, int limit = 0) const;

    const Database& m_db;
};
