#pragma once

#include "io/ImportField.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

struct CsvRecord;

// A CSV file read for import: encoding detected, header mapped to known fields, every
// value addressable by row and field, and every problem located as file, row and column.
class ImportTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportTable)

public:
    // Reads `path`; on failure returns nullopt and appends located messages to `errors`.
    static std::optional<ImportTable> read(const QString& path, const QList<ImportField>& fields,
                                           QStringList* errors);

    QString fileName() const { return m_fileName; }
    QString encodingName() const { return m_encodingName; }
    int rowCount() const { return int(m_rows.size()); }
    int lineOf(int row) const { return m_lines.at(row); }
    bool hasField(const QString& key) const { return m_columns.contains(key); }
    QString value(int row, const QString& key) const;

    // "people.csv, row 4, column 職種 (3)" — for messages about one value.
    QString where(int row, const QString& key) const;
    // "people.csv, row 4" — for messages about a whole row.
    QString where(int row) const;

private:
    QString m_fileName;
    QString m_encodingName;
    QHash<QString, int> m_columns;       // field key -> column index
    QHash<QString, QString> m_headers;   // field key -> header as written in the file
    QList<QStringList> m_rows;
    QList<int> m_lines;
};
