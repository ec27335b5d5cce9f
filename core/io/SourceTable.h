#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// The cells of a file to import, before any column means anything: a CSV file (UTF-8 or CP932)
// or one sheet of an Excel workbook (.xlsx). The first non-empty row is the header; every other
// row keeps the number the user sees (the CSV line, the Excel row) for messages.
struct SourceTable
{
    Q_DECLARE_TR_FUNCTIONS(SourceTable)

public:
    QString fileName;    // without the folder, for messages
    QString sheet;       // empty for CSV
    QString description; // "UTF-8", "CP932 (Shift_JIS)", "Excel (sheet 名簿)"
    int headerLine = 0;
    QStringList header;
    QList<QStringList> rows; // blank rows left out
    QList<int> lines;

    bool isWorkbook() const { return !sheet.isEmpty(); }
    // "C" in a workbook, "3" in CSV: how the user finds the column (0-based index in).
    QString columnLabel(int column) const;
    // "people.xlsx, sheet 名簿" or "people.csv".
    QString place() const;

    // Reads a CSV file or, when the file is an .xlsx workbook, its sheet `sheet` (the first
    // sheet when empty). On failure returns nullopt and appends located messages to `errors`.
    static std::optional<SourceTable> read(const QString& path, const QString& sheet, QStringList* errors);
    // The sheets of a workbook; an empty list (and no error) for CSV.
    static std::optional<QStringList> sheetNames(const QString& path, QString* error);
    static bool isWorkbookFile(const QString& path);
};
