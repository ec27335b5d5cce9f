#include "service/ExportService.h"

#include "io/DataTable.h"
#include "io/Exporter.h"
#include "service/Services.h"

Status ExportService::write(Importer::Kind kind, RecordExport::Format format, const QString& path, int* rows) const
{
    return RecordExport::write(m_services.db(), kind, format, path, rows);
}

Result<QByteArray> ExportService::toBytes(Importer::Kind kind, RecordExport::Format format) const
{
    Status st;
    const auto bytes = RecordExport::toBytes(m_services.db(), kind, format, &st);
    if (!bytes)
        return st;
    return *bytes;
}

Result<QByteArray> ExportService::toJson(Importer::Kind kind) const
{
    const Result<DataTable> table = Exporter(m_services.db()).table(kind);
    if (!table)
        return table.status();
    return table->toJson();
}
