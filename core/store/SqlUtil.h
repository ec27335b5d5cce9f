#pragma once

#include "Status.h"

#include <QList>
#include <QSqlError>
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
} // namespace SqlUtil

#include "Result.h"

namespace SqlUtil {
// `message` with the query's last error as the detail.
inline Status failure(const QSqlQuery& q, const QString& message)
{
    return Status::failure(message, q.lastError().text());
}
// Runs a prepared query and reads every row with `read`: the records, or a failure with `message`
// and SQLite's words. An empty list means no rows, never a failed query.
template <class T, class Read>
Result<QList<T>> list(QSqlQuery& q, const QString& message, Read read)
{
    // A statement that could not be prepared (a table gone) keeps the reason until exec() would
    // replace it with "No query".
    if (q.lastError().isValid())
        return failure(q, message);
    q.setForwardOnly(true);
    if (!q.exec())
        return failure(q, message);
    QList<T> rows;
    while (q.next())
        rows << read(q);
    // A row that cannot be read (a damaged page) ends next() with an error, not with the end.
    if (q.lastError().isValid())
        return failure(q, message);
    return rows;
}
// At most one record: none when there is no row; a failure when the query fails.
template <class T, class Read>
Result<std::optional<T>> one(QSqlQuery& q, const QString& message, Read read)
{
    Result<QList<T>> rows = list<T>(q, message, read);
    if (!rows)
        return rows.status();
    return rows->isEmpty() ? std::optional<T>() : std::optional<T>(rows->first());
}
// The id an INSERT … RETURNING id gave, or a failure with `message`.
Result<qint64> insertReturningId(QSqlQuery& q, const QString& message);
} // namespace SqlUtil
