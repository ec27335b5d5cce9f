#include "db/Schema.h"

#include "db/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The first column of every row of `q` (prepared and bound), or a failure: also when a step fails.
Result<QStringList> firstColumn(QSqlQuery& q)
{
    q.setForwardOnly(true);
    QStringList values;
    if (q.exec())
        while (q.next())
            values << q.value(0).toString();
    if (q.lastError().isValid())
        return Status::failure(Schema::tr("The tables of the database could not be read."), q.lastError().text());
    return values;
}
} // namespace

Result<Schema::Tables> Schema::read(const QSqlDatabase& connection)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY name"));
    const Result<QStringList> names = firstColumn(q);
    if (!names)
        return names.status();
    Tables tables;
    for (const QString& table : *names) {
        QSqlQuery columns(connection);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table);
        const Result<QStringList> list = firstColumn(columns);
        if (!list)
            return list.status();
        tables.insert(table, *list);
    }
    return tables;
}

const Schema::Tables& Schema::expected()
{
    static const Tables tables = [] {
        const QString name = QStringLiteral("renkei-expected-schema");
        Tables made;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open() && Migrator(db).migrateTo(Migrator::latestVersion()))
                made = read(db).valueOr(Tables());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        Q_ASSERT(!made.isEmpty()); // the migrations are resources of this program
        return made;
    }();
    return tables;
}

QStringList Schema::differences(const Tables& actual, const Tables& expected, bool alsoUnknown)
{
    QStringList lines;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!actual.contains(it.key())) {
            lines << tr("The table %1 is missing.").arg(it.key());
            continue;
        }
        const QStringList& has = actual[it.key()];
        for (const QString& column : it.value())
            if (!has.contains(column))
                lines << tr("The table %1 lacks the column %2.").arg(it.key(), column);
        for (const QString& column : has)
            if (alsoUnknown && !it.value().contains(column))
                lines << tr("The table %1 has a column %2 that Renkei does not know.").arg(it.key(), column);
    }
    for (auto it = actual.begin(); it != actual.end(); ++it)
        if (alsoUnknown && !expected.contains(it.key()))
            lines << tr("The table %1 is not one of Renkei's.").arg(it.key());
    return lines;
}
