#pragma once

#include "Status.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

class Database;

// Imports a CSV file of one kind, all or nothing: every row is checked and written inside one
// transaction, which is committed only when no row had an error (and never in a dry run).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind { Organisations, People, Events, Attendance };
    static std::optional<Kind> kindFromName(const QString& name);
    static QStringList kindNames();

    explicit Importer(Database& db);
    Status run(Kind kind, const QString& path, bool dryRun, ImportReport* report);

private:
    Database& m_db;
};
