#pragma once

#include "io/ImportField.h"
#include "io/SourceTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

// A file read for import (CSV, or a sheet of an .xlsx workbook) with its columns mapped to known
// fields: every value addressable by row and field, and every problem located as file (and
// sheet), row and column. The header→field mapping from Japanese or English headers lives here
// (autoMapping); a mapping the user adjusted can replace it.
class ImportTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportTable)

public:
    // Reads `path` (for a workbook, its sheet `sheet`, or the first) and maps the header
    // automatically; an unknown column is an error. On failure returns nullopt and appends
    // located messages to `errors`.
    static std::optional<ImportTable> read(const QString& path, const QList<ImportField>& fields,
                                           QStringList* errors, const QString& sheet = QString());
    // The field each column of `header` means: its key, or an empty string when no field has that
    // header (English key or Japanese alias, compared folded: width, kana and case do not matter).
    static QStringList autoMapping(const QStringList& header, const QList<ImportField>& fields);
    // Maps `source` with `mapping` (a field key or "" per column), or automatically when null.
    // With an explicit mapping, a column mapped to "" is ignored; without, an unknown column is an error.
    static std::optional<ImportTable> map(const SourceTable& source, const QList<ImportField>& fields,
                                          const QStringList* mapping, QStringList* errors);

    const SourceTable& source() const { return m_source; }
    QString fileName() const { return m_source.fileName; }
    QString encodingName() const { return m_source.description; }
    int rowCount() const { return int(m_source.rows.size()); }
    int lineOf(int row) const { return m_source.lines.at(row); }
    bool hasField(const QString& key) const { return columnOf(key) >= 0; }
    int columnOf(const QString& key) const;
    QString value(int row, const QString& key) const;

    // "people.csv, row 4, column 職種 (3)" — for messages about one value.
    QString where(int row, const QString& key) const;
    // "people.csv, row 4" — for messages about a whole row.
    QString where(int row) const;

private:
    SourceTable m_source;
    // Field key -> column index: a handful, looked up for every cell of every row, where a scan
    // beats hashing the key.
    QList<std::pair<QString, int>> m_columns;
    QHash<QString, QString> m_headers; // field key -> header as written in the file
    mutable QString m_rowFormat;       // where(row), made on first use
    mutable QString m_place;
};
