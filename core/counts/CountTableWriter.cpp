#include "counts/CountTableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue keyValue(const CountTable& table, const QString& key)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    const bool idKeyed = table.by == CountTable::Breakdown::Event || table.by == CountTable::Breakdown::Organisation;
    if (idKeyed && numeric)
        return QJsonValue(id);
    if (idKeyed && key.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(key);
}
} // namespace

QByteArray CountTableWriter::toJson(const CountTable& table)
{
    QJsonArray rows;
    for (const CountTable::Row& r : table.rows) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), keyValue(table, r.key));
        o.insert(QStringLiteral("label"), r.label);
        if (table.by == CountTable::Breakdown::Event)
            o.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
        o.insert(QStringLiteral("count"), r.count ? QJsonValue(*r.count) : QJsonValue(QJsonValue::Null));
        rows.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("fiscal_year"), table.fiscalYear);
    root.insert(QStringLiteral("by"), CountTable::breakdownName(table.by));
    root.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("total"), table.total);
    root.insert(QStringLiteral("distinct_persons"), table.distinctPersons);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
