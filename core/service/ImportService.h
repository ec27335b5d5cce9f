#pragma once

#include "Result.h"
#include "Status.h"
#include "io/ImportReport.h"
#include "io/Importer.h"
#include "io/SourceTable.h"
#include "service/Change.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class ChangeSet;
class Services;

// Import of organisations, people, events and attendance from a CSV file or a workbook's sheet:
// the importers (Importer) run here, all or nothing. The window rehearses an import beside the
// GUI thread (dry run and import alike, always rolled back, recording the rows it would write),
// then writes what was recorded as one undoable step; undo takes it back. Writing and taking
// back are one transaction each and announce exactly the records they touched, so no view has
// to read everything again.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // What to import, from the window: a source table, its kind and each column's field key.
    struct Request
    {
        QString databasePath;
        Importer::Kind kind = Importer::Kind::People;
        SourceTable source;
        QStringList mapping; // a field key or "" per column
    };

    explicit ImportService(Services& services) : m_services(services) {}

    // Imports the file at `path` (the sheet `sheet` of a workbook, the first when empty) into the
    // open records in one transaction, as the command line does: all or nothing, every problem in
    // `report`; a dry run writes nothing. Nothing is recorded row by row, so the import keeps
    // SQLite's speed; once it is committed, the hub says reloadNeeded() (every view reads again).
    Status run(Importer::Kind kind, const QString& path, const QString& sheet, const Importer::Options& options,
               ImportReport* report);

    // Runs `request` on a connection of its own to the request's file (so it may run on a worker
    // thread, without Services) and rolls it back: `report` says what it would do and holds, in
    // ImportReport::changes, the rows it would write. `progress` as Importer::Options::progress
    // (false cancels).
    static Status rehearse(const Request& request, const std::function<bool(int, int)>& progress,
                           ImportReport* report);

    // Writes what a rehearsal recorded, in one transaction (redo as well); `announceRows` false
    // announces nothing for a batch too large to apply row by row, and the caller makes every
    // view read again.
    Status apply(const ChangeSet& changes, bool announceRows = true);
    // Takes it back (undo), likewise.
    Status revert(const ChangeSet& changes, bool announceRows = true);
    // The records a recorded batch touches, written forward (apply) or back (revert): people,
    // organisations and events by id, attendance and headcounts by their event.
    static Changes changesOf(const ChangeSet& changes, bool forward);
    // Changes whenever another connection commits to the file: a rehearsal is stale once it moved.
    Result<qint64> dataVersion() const;

private:
    Status write(const ChangeSet& changes, bool forward, bool announceRows);

    Services& m_services;
};
