#include "cli/CountsCommand.h"

#include "counts/CountTableWriter.h"
#include "counts/ParticipantCounts.h"
#include "text/TextCodec.h"

QString CountsCommand::description() const
{
    return tr("Participant counts of a fiscal year (2024, R6, 令和6年度).");
}

int CountsCommand::run(const QStringList& args, const QString& databasePath, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("fiscal-year"), tr("The fiscal year."), QStringLiteral("Y"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Breakdown."), QStringLiteral("BREAKDOWN"), QStringLiteral("event"));
    const QCommandLineOption format = formatOption(QStringLiteral("csv, json"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({year, by, format, output});
    if (!parse(parser, args, io, 0))
        return UsageError;
    if (!parser.isSet(year))
        return usageError(io, tr("--fiscal-year is required."));
    QString error;
    const auto fiscalYear = FiscalYear::parse(parser.value(year), &error);
    if (!fiscalYear)
        return usageError(io, error);
    const auto breakdown = CountTable::breakdownFromName(parser.value(by));
    if (!breakdown)
        return usageError(io, tr("Unknown breakdown \"%1\"; use event, profession, profession-group or organisation.")
                                  .arg(parser.value(by)));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usageError(io, tr("Unknown format \"%1\"; use csv or json.").arg(fmt));

    Database db;
    if (Status st = db.open(databasePath, Database::Access::ReadOnly); !st)
        return failure(io, st);
    Status st;
    const auto table = ParticipantCounts(db).compute(*fiscalYear, *breakdown, &st);
    if (!table)
        return failure(io, st);
    const QByteArray bytes =
        fmt == QLatin1String("json")
            ? CountTableWriter::toJson(*table)
            : TextCodec::encode(CountTableWriter::toCsv(*table), TextCodec::Encoding::Utf8, true, nullptr).value_or(QByteArray());
    return writeOutput(io, parser.value(output), bytes);
}
