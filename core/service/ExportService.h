#pragma once

#include "Result.h"
#include "Status.h"
#include "io/RecordExport.h"

#include <QByteArray>

class Services;

// The window's and the command line's export of records (organisations, people, events,
// attendance) to CSV or Excel, in the import's own columns so that a file can be read back.
class ExportService
{
public:
    explicit ExportService(Services& services) : m_services(services) {}

    // Writes every record of `kind` to `path`, whole or not at all; `rows` gets the number written.
    Status write(Importer::Kind kind, RecordExport::Format format, const QString& path, int* rows = nullptr) const;
    // The same file's bytes (the command line's standard output).
    Result<QByteArray> toBytes(Importer::Kind kind, RecordExport::Format format) const;
    // Every record of `kind` as JSON, in the same columns; a failed read is a failure, never a
    // table that lacks rows.
    Result<QByteArray> toJson(Importer::Kind kind) const;

private:
    Services& m_services;
};
