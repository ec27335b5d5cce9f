#include "cli/ImportCommand.h"

#include "io/Importer.h"

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
    const auto db = openRecords(where, io, Database::Access::ReadWrite);
    if (!db)
        return DataError;

    ImportReport report;
    const Status st = Importer(*db).run(*kind, parser.positionalArguments().at(1), parser.value(sheet),
                                       parser.isSet(dryRun), &report);
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
