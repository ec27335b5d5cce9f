#include "db/SqlDialect.h"

#include "db/Database.h"

#include <QSqlDatabase>

namespace SqlDialect {
namespace {
QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

QString listOf(const Database& db, const QString& value, const QString& from, const QString& orderBy,
               const QString& separator)
{
    if (db.connection().driverName() == QLatin1String("QPSQL"))
        return QStringLiteral("(SELECT string_agg(CAST(%1 AS text), %2 ORDER BY %3) FROM %4)")
            .arg(value, literal(separator), orderBy, from);
    // SQLite's group_concat keeps the order of the rows it is given.
    return QStringLiteral("(SELECT group_concat(item, %2) FROM (SELECT %1 AS item FROM %4 ORDER BY %3))")
        .arg(value, literal(separator), orderBy, from);
}

} // namespace SqlDialect
