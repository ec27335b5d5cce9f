#include "io/RecordExport.h"

#include "export/XlsxWriter.h"
#include "io/Exporter.h"

#include <QDate>

std::optional<QByteArray> RecordExport::toBytes(const Database& db, Importer::Kind kind, Format format, Status* status,
                                                int* rows)
{
    const Result<DataTable> read = Exporter(db).table(kind);
    if (!read) {
        if (status)
            *status = read.status();
        return std::nullopt;
    }
    const DataTable& table = *read;
    if (rows)
        *rows = int(table.rows.size());
    CountSheet sheet;
    sheet.name = Importer::kindLabel(kind);
    sheet.header = table.headers;
    sheet.rows = table.rows;
    if (format != Format::Xlsx)
        return CountsExport::csvBytes(sheet, format, status);
    // Dates become date cells, which Excel sorts and filters as dates.
    const qsizetype dateColumn = table.keys.indexOf(QStringLiteral("date"));
    if (dateColumn >= 0)
        for (QVariantList& row : sheet.rows) {
            const QDate date = QDate::fromString(row.value(dateColumn).toString(), Qt::ISODate);
            if (date.isValid())
                row[dateColumn] = date;
        }
    sheet.frozenColumns = 0;
    return XlsxWriter::tableToBytes(sheet, status);
}

Status RecordExport::write(const Database& db, Importer::Kind kind, Format format, const QString& path, int* rows)
{
    Status status;
    const auto bytes = toBytes(db, kind, format, &status, rows);
    return bytes ? CountsExport::save(path, *bytes) : status;
}
