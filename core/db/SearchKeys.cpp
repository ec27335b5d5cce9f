#include "db/SearchKeys.h"

#include "text/TextFolding.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Fields are joined with a separator that folding never produces, so a search cannot
// match across the boundary of two fields.
QString join(std::initializer_list<QString> fields)
{
    QString key;
    for (const QString& f : fields) {
        if (!key.isEmpty())
            key += u'\x1f';
        key += TextFolding::fold(f);
    }
    return key;
}

Status rebuildTable(QSqlDatabase& db, const QString& table, const QString& columns,
                    const std::function<QString(const QSqlQuery&)>& keyOf)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(columns, table)))
        return Status::failure(QCoreApplication::translate("SearchKeys", "The search index could not be built."),
                               read.lastError().text());
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET search_key = ? WHERE id = ?").arg(table));
    while (read.next()) {
        write.addBindValue(keyOf(read));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return Status::failure(
                QCoreApplication::translate("SearchKeys", "The search index could not be built."),
                write.lastError().text());
    }
    return Status::success();
}
} // namespace

namespace SearchKeys {

QString forPerson(const QString& name, const QString& reading)
{
    return join({name, reading});
}

QString forOrganisation(const QString& name, const QString& reading)
{
    return join({name, reading});
}

QString forEvent(const QString& title, const QString& theme, const QString& venue)
{
    return join({title, theme, venue});
}

Status rebuildAll(QSqlDatabase& db)
{
    Status st = rebuildTable(db, QStringLiteral("person"), QStringLiteral("name, reading"),
                             [](const QSqlQuery& q) { return forPerson(q.value(1).toString(), q.value(2).toString()); });
    if (st)
        st = rebuildTable(db, QStringLiteral("organisation"), QStringLiteral("name, reading"), [](const QSqlQuery& q) {
            return forOrganisation(q.value(1).toString(), q.value(2).toString());
        });
    if (st)
        st = rebuildTable(db, QStringLiteral("event"), QStringLiteral("title, theme, venue"), [](const QSqlQuery& q) {
            return forEvent(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        });
    return st;
}

} // namespace SearchKeys
