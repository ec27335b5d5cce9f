#pragma once

#include "Result.h"
#include "db/RecordMap.h"
#include "model/Organisation.h"
#include "model/PersonListing.h"
#include "model/References.h"
#include "store/RecordInsert.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Reads and writes organisations (団体・機関): rows ↔ records through one RecordMap. Used by the
// services and other core code; the window goes through OrganisationService.
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationStore)

public:
    explicit OrganisationStore(const Database& db);
    static const RecordMap<Organisation>& map();

    // None when there is no such organisation; a failure when the query failed.
    Result<std::optional<Organisation>> get(qint64 id) const;
    // All organisations in 五十音順 (by reading, then name).
    Result<QList<Organisation>> all() const;
    Result<QList<Organisation>> byIds(const QList<qint64>& ids) const;
    // Organisations whose name folds to the same key as `name` (duplicate detection, import).
    Result<QList<Organisation>> findByName(const QString& name) const;
    // Folded substring search over name and reading.
    Result<QList<Organisation>> search(const QString& text, int limit = 200) const;
    // With their category labels, in 五十音順: all, or those `ids` name. One query each.
    Result<QList<OrganisationListing>> listings() const;
    Result<QList<OrganisationListing>> listings(const QList<qint64>& ids) const;

    // A new organisation (id 0) gets SQLite's id; one with an id set (restored by undo) keeps it.
    Status insert(Organisation& org);
    // A failure also when the organisation is no longer there.
    Status update(const Organisation& org);
    Status remove(qint64 id);
    // What refers to the organisation (people, memberships, bodies, attendance).
    Result<References> references(qint64 id) const;

private:
    Result<QList<Organisation>> select(const QString& where, const QVariantList& values, int limit = 0) const;
    Result<QList<OrganisationListing>> selectListings(const QString& where, const QVariantList& values) const;

    const Database& m_db;
    // Prepared once per store: an import writes thousands of rows through one store object.
    RecordInsert<Organisation> m_insert;
    SqlUtil::Statement m_update;
};
