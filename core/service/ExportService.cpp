#include "service/ExportService.h"

#include "service/Services.h"

Status ExportService::write(Importer::Kind kind, RecordExport::Format format, const QString& path, int* rows) const
{
    return RecordExport::write(m_services.db(), kind, format, path, rows);
}
