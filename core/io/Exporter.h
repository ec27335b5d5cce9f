#pragma once

#include "io/DataTable.h"
#include "io/ImportField.h"
#include "io/Importer.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Exports organisations, people, events or attendance with the same columns the importer
// reads, so an exported file can be edited in Excel and imported again.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(const Database& db);
    // Every row of `kind`, or a failure when a query fails (also in the middle of the rows, as
    // on a damaged page): never a table that lacks rows.
    Result<DataTable> table(Importer::Kind kind) const;

private:
    Result<DataTable> organisations() const;
    Result<DataTable> people() const;
    Result<DataTable> events() const;
    Result<DataTable> attendance() const;
    Result<DataTable> read(const QList<ImportField>& fields, const QString& sql, const QList<int>& codeColumns,
                           const QList<int>& numberColumns = {}) const;

    const Database& m_db;
};
