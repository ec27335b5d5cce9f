#include "store/SqlUtil.h"

#include <QSqlError>

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

bool isForeignKeyError(const QSqlQuery& q)
{
    return q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive);
}

} // namespace SqlUtil
