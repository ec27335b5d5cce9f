#include "store/SqlUtil.h"

#include <QSqlError>
#include <QSqlRecord>

namespace SqlUtil {

Status exec(QSqlQuery& q, const QString& message)
{
    if (q.exec())
        return Status::success();
    return Status::failure(message, q.lastError().text());
}

Status exec(QSqlQuery& q, const QString& sql, const QString& message)
{
    if (q.exec(sql))
        return Status::success();
    return Status::failure(message, q.lastError().text());
}

std::optional<QList<int>> countRow(const QSqlDatabase& connection, const QString& sql, qint64 id,
                                   const QString& message, Status* status)
{
    QSqlQuery q(connection);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":id"), id);
    Status st = exec(q, message);
    if (st && !q.next())
        st = Status::failure(message, q.lastError().text());
    if (status)
        *status = st;
    if (!st)
        return std::nullopt;
    QList<int> counts;
    for (int i = 0; i < q.record().count(); ++i)
        counts << q.value(i).toInt();
    return counts;
}

bool isForeignKeyError(const QSqlQuery& q)
{
    return q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive);
}

} // namespace SqlUtil

namespace SqlUtil {
Result<qint64> insertReturningId(QSqlQuery& q, const QString& message)
{
    if (q.lastError().isValid() || !q.exec() || !q.next())
        return Status::failure(message, q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}
} // namespace SqlUtil
