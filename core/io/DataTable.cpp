#include "io/DataTable.h"

#include "csv/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString DataTable::toCsv() const
{
    CsvWriter writer;
    writer.addTextRow(headers);
    for (const QVariantList& row : rows)
        writer.addRow(row);
    return writer.text();
}

QByteArray DataTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size() && i < row.size(); ++i)
            object.insert(keys.at(i), QJsonValue::fromVariant(row.at(i)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
