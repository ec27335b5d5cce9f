#pragma once

#include "Status.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// Small helpers shared by the stores: nullable ids and uniform error reporting.
namespace SqlUtil {
// 0 means "none" for every id; SQLite row ids start at 1.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
// NOT NULL text columns: a null QString would bind as NULL.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
inline QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
// Executes a prepared query; on failure returns a Status with `message` and SQLite's words.
Status exec(QSqlQuery& q, const QString& message);
Status exec(QSqlQuery& q, const QString& sql, const QString& message);
// Runs a query of one row of counts (every :id bound to `id`); the counts, or none with `status`
// set to `message` and SQLite's words.
std::optional<QList<int>> countRow(const QSqlDatabase& connection, const QString& sql, qint64 id,
                                   const QString& message, Status* status);
// True when the last error is a foreign key constraint failure (a row is still referred to).
bool isForeignKeyError(const QSqlQuery& q);
// Runs a prepared INSERT … RETURNING id; the new id, or none with `status` set to `message` and
// SQLite's words.
std::optional<qint64> insertReturningId(QSqlQuery& q, const QString& message, Status* status);

// A statement prepared on first use and run again on later ones: an import writes thousands of
// rows through one store object, and preparing is most of the cost of a small write. Stores
// are made for one workflow and dropped, so a statement never outlives its connection.
class Statement
{
public:
    QSqlQuery& prepared(const QSqlDatabase& connection, const QString& sql);

private:
    std::optional<QSqlQuery> m_query;
    bool m_ready = false;
};
} // namespace SqlUtil
