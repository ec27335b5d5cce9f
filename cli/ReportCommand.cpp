#include "cli/ReportCommand.h"

#include "report/ReportWriter.h"
#include "service/ReportService.h"

QString ReportCommand::description() const
{
    return tr("The fiscal year's activity report to the regional medical council (PDF, DOCX, ODT or HTML).");
}

int ReportCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption year = fiscalYearOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: %1.").arg(QStringLiteral("pdf, docx, odt, html")),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({year, format, output});
    if (!parse(parser, args, io, 0))
        return UsageError;
    const auto fiscalYear = requiredFiscalYear(parser, io);
    if (!fiscalYear)
        return UsageError;
    const auto fmt = ReportWriter::formatFromName(parser.value(format));
    if (!fmt)
        return usageError(io, tr("Unknown format \"%1\"; use pdf, docx, odt or html.").arg(parser.value(format)));
    if (parser.value(output).isEmpty() && *fmt != ReportWriter::Format::Html)
        return usageError(io, tr("-o FILE is required for %1.").arg(ReportWriter::suffix(*fmt).toUpper()));

    const auto council = openRecords(where, io);
    if (!council)
        return DataError;
    const Result<ActivityReport> report =
        ReportService(council->services()).activityReport(*fiscalYear, QDate::currentDate());
    if (!report)
        return failure(io, report.status());
    return writeOutput(io, parser.value(output), ReportWriter::render(*report, *fmt));
}
