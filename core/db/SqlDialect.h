#pragma once

#include <QString>

class Database;

// The few SQL expressions whose spelling differs between SQLite and PostgreSQL. Everything else
// Renkei runs is standard SQL; a query that needs one of these asks here instead of spelling it.
namespace SqlDialect {

// A scalar subquery joining `value` over the rows of `from` (a FROM clause, with its WHERE), in the
// order of `orderBy`, with `separator` between them; NULL when there are none. Example:
//     listOf(db, "person_id", "programme_lecturer l WHERE l.item_id = p.id", "l.position")
QString listOf(const Database& db, const QString& value, const QString& from, const QString& orderBy,
               const QString& separator = QStringLiteral(","));

} // namespace SqlDialect
