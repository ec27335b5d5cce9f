#include "cli/ImportCommand.h"

#include "service/ImportService.h"

#include <QElapsedTimer>
#include <QFile>

#include <unistd.h>

QString ImportCommand::description() const
{
    return tr("Import a CSV file (UTF-8 or CP932) or a sheet of an Excel workbook (.xlsx); --dry-run reports "
              "without writing.");
}

int ImportCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Report what would change; write nothing."));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The sheet of an .xlsx workbook to read (the first when not given)."),
                                   tr("NAME"));
    parser.addOptions({dryRun, sheet});
    if (!parse(parser, args, io, 2))
        return UsageError;
    const auto kind = Importer::kindFromName(parser.positionalArguments().at(0));
    if (!kind)
        return usageError(io, tr("Unknown kind \"%1\"; use one of: %2.")
                                  .arg(parser.positionalArguments().at(0), Importer::kindNames().join(QStringLiteral(", "))));
    const auto council = openRecords(where, io, Database::Access::ReadWrite);
    if (!council)
        return DataError;

    Importer::Options options;
    options.dryRun = parser.isSet(dryRun);
    // Rows done, on a terminal only: a script or a log file gets the report alone.
    const auto* errFile = qobject_cast<QFile*>(&io.err);
    QElapsedTimer sinceShown;
    if (errFile && errFile->handle() >= 0 && isatty(errFile->handle())) {
        sinceShown.start();
        options.progress = [&io, &sinceShown](int done, int total) {
            if (done == total || sinceShown.hasExpired(100)) {
                sinceShown.restart();
                io.err.write((u'\r' + tr("Importing: row %1 of %2").arg(done).arg(total)).toUtf8());
                if (done == total)
                    io.err.write("\n");
            }
            return true;
        };
    }
    ImportReport report;
    const Status st = ImportService(council->services())
                          .run(*kind, parser.positionalArguments().at(1), parser.value(sheet), options, &report);
    for (const QString& e : report.errors)
        print(io.err, e);
    if (!st)
        return failure(io, st);

    const bool dry = parser.isSet(dryRun);
    const auto list = [&io](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        print(io.out, heading);
        for (const QString& l : lines)
            print(io.out, QStringLiteral("  ") + l);
    };
    list(dry ? tr("Would add:") : tr("Added:"), report.added);
    list(dry ? tr("Would update:") : tr("Updated:"), report.updated);
    list(dry ? tr("Would skip:") : tr("Skipped:"), report.skipped);
    print(io.out, tr("%1 rows read (%2): added %3; %4 updated, %5 skipped.")
                      .arg(report.rows)
                      .arg(report.encoding, report.addedByKind())
                      .arg(report.updated.size())
                      .arg(report.skipped.size()));
    if (dry)
        print(io.out, tr("Dry run: nothing was written."));
    return Success;
}
