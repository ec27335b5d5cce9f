#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

// Rows to export: machine keys (JSON), headers people read (CSV), and typed cells, so that
// numbers stay numbers in every format.
struct DataTable
{
    QStringList keys;
    QStringList headers;
    QList<QVariantList> rows;

    QString toCsv() const;         // CRLF lines, formula-safe text cells
    QByteArray toJson() const;     // an array of objects keyed by `keys`
};
