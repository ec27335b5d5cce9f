#pragma once

#include "io/DataTable.h"
#include "io/ImportField.h"
#include "io/Importer.h"

#include <QCoreApplication>

class Database;

// Exports organisations, people, events or attendance with the same columns the importer
// reads, so an exported file can be edited in Excel and imported again.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(const Database& db);
    DataTable table(Importer::Kind kind) const;

private:
    DataTable organisations() const;
    DataTable people() const;
    DataTable events() const;
    DataTable attendance() const;
    DataTable withHeaders(const QList<ImportField>& fields) const;

    const Database& m_db;
};
