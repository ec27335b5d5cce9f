#include "cli/CountsCommand.h"

#include "counts/CountTableWriter.h"
#include "service/ReportService.h"

QString CountsCommand::description() const
{
    return tr("Participant counts of a fiscal year (2024, R6, 令和6年度) as CSV, JSON or an Excel workbook.");
}

int CountsCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption year = fiscalYearOption();
    const QCommandLineOption by(QStringLiteral("by"), tr("Breakdown (for xlsx: the sheet it opens on)."),
                                QStringLiteral("BREAKDOWN"), QStringLiteral("event"));
    const QCommandLineOption format = formatOption(QStringLiteral("csv, json, xlsx"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("CSV encoding: utf-8 (with BOM) or cp932."),
                                      QStringLiteral("ENCODING"), QStringLiteral("utf-8"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({year, by, format, encoding, output});
    if (!parse(parser, args, io, 0))
        return UsageError;
    const auto fiscalYear = requiredFiscalYear(parser, io);
    if (!fiscalYear)
        return UsageError;
    const auto kind = CountSheetBuilder::kindFromName(parser.value(by));
    if (!kind)
        return usageError(io, tr("Unknown breakdown \"%1\"; use event, event-profession, profession, "
                                 "profession-group or organisation.")
                                  .arg(parser.value(by)));
    const QString fmt = parser.value(format);
    const QString enc = parser.value(encoding).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json") && fmt != QLatin1String("xlsx"))
        return usageError(io, tr("Unknown format \"%1\"; use csv, json or xlsx.").arg(fmt));
    if (enc != QLatin1String("utf-8") && enc != QLatin1String("cp932"))
        return usageError(io, tr("Unknown encoding \"%1\"; use utf-8 or cp932.").arg(parser.value(encoding)));
    if (parser.isSet(encoding) && fmt != QLatin1String("csv"))
        return usageError(io, tr("--encoding applies to csv only."));
    if (fmt == QLatin1String("xlsx") && !parser.isSet(output))
        return usageError(io, tr("An Excel workbook is not text; name the file with -o FILE."));
    const auto breakdown = CountTable::breakdownFromName(parser.value(by));
    if (fmt == QLatin1String("json") && !breakdown)
        return usageError(io, tr("The event × profession table is available as csv or xlsx."));

    const auto council = openRecords(where, io);
    if (!council)
        return DataError;
    const ReportService reports(council->services());
    if (fmt == QLatin1String("json")) {
        const Result<CountTable> table = reports.counts(*fiscalYear, *breakdown);
        return table ? writeOutput(io, parser.value(output), CountTableWriter::toJson(*table))
                     : failure(io, table.status());
    }
    const CountsExport::Format exportFormat = fmt == QLatin1String("xlsx")    ? CountsExport::Format::Xlsx
                                              : enc == QLatin1String("cp932") ? CountsExport::Format::CsvCp932
                                                                              : CountsExport::Format::CsvUtf8;
    if (parser.isSet(output)) {
        const Status st = reports.writeCounts(*fiscalYear, *kind, exportFormat, parser.value(output));
        return st ? Success : failure(io, st);
    }
    const Result<QByteArray> bytes = reports.countsBytes(*fiscalYear, *kind, exportFormat);
    return bytes ? writeOutput(io, QString(), *bytes) : failure(io, bytes.status());
}
