#pragma once

#include "Status.h"
#include "export/CountsExport.h"
#include "io/Importer.h"

#include <QCoreApplication>

class Database;

// Organisations, people, events or attendance saved for Excel in the importer's columns, so that a
// file comes back unchanged: an .xlsx workbook (header in row 1, frozen, columns sized for Japanese,
// dates as date cells) or CSV in UTF-8 with BOM or CP932. The file appears whole or not at all.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    using Format = CountsExport::Format;

    static std::optional<QByteArray> toBytes(const Database& db, Importer::Kind kind, Format format, Status* status,
                                             int* rows = nullptr);
    static Status write(const Database& db, Importer::Kind kind, Format format, const QString& path,
                        int* rows = nullptr);
};
