#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "export/CountSheetBuilder.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Participant counts of a fiscal year saved for Excel: one workbook with every table, or one
// table as CSV (UTF-8 with BOM, or CP932 for older Japanese Excel). The file appears whole or not
// at all; every error names the file, or the character, row and column that CP932 cannot hold.
class CountsExport
{
    Q_DECLARE_TR_FUNCTIONS(CountsExport)

public:
    using Kind = CountSheetBuilder::Kind;
    enum class Format { Xlsx, CsvUtf8, CsvCp932 };

    // For Xlsx the workbook holds every kind and opens on `kind`.
    static Status write(const Database& db, const FiscalYear& year, Kind kind, Format format,
                        const QString& path);
    static std::optional<QByteArray> toBytes(const Database& db, const FiscalYear& year, Kind kind,
                                             Format format, Status* status);

    // One table as CSV in the format's encoding; a character CP932 lacks is an error naming its cell.
    static std::optional<QByteArray> csvBytes(const CountSheet& sheet, Format format, Status* status);
    // Writes the whole file or nothing.
    static Status save(const QString& path, const QByteArray& bytes);

private:
    static std::optional<QString> unencodableCell(const CountSheet& sheet);
};
