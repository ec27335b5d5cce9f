#pragma once

#include "Status.h"
#include "io/ImportField.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

#include <functional>

class Database;
class ImportTable;

// Imports a CSV file or a sheet of an .xlsx workbook of one kind, all or nothing: every row is
// checked and written inside one transaction, which is committed only when no row had an error
// (and never in a dry run).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind { Organisations, People, Events, Attendance };
    static std::optional<Kind> kindFromName(const QString& name);
    static QStringList kindNames();
    static QList<Kind> kinds();
    static QString kindName(Kind kind);  // "people", for the command line
    static QString kindLabel(Kind kind); // "People" (関係者), for the window and sheet names
    static QList<ImportField> fields(Kind kind);
    // The kind whose columns best match a header (every required column present, most columns
    // known); nullopt when no kind has its required columns.
    static std::optional<Kind> guessKind(const QStringList& header);

    struct Options
    {
        bool dryRun = false;
        // Keep the transaction's row changes in the report (ImportReport::changes) and roll back,
        // so the caller can apply them as one undoable step (ChangeSet::apply).
        bool recordOnly = false;
        // Called after each row with (rows done, rows): done rises by one from 1 to rows.
        // Returning false cancels: nothing is written. The window's ImportJob (a progress bar)
        // and renkei-cli import (on a terminal) show it.
        std::function<bool(int, int)> progress;
    };

    explicit Importer(Database& db);
    Status run(Kind kind, const QString& path, bool dryRun, ImportReport* report);
    Status run(Kind kind, const QString& path, const QString& sheet, bool dryRun, ImportReport* report);
    Status run(Kind kind, const QString& path, const QString& sheet, const Options& options, ImportReport* report);
    Status run(Kind kind, const ImportTable& table, const Options& options, ImportReport* report);

private:
    Database& m_db;
};
