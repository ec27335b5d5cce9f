#include "cli/ExportCommand.h"

#include "service/ExportService.h"

QString ExportCommand::description() const
{
    return tr("Export records as CSV (UTF-8 with BOM, or CP932), an Excel workbook (.xlsx) or JSON.");
}

int ExportCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(QStringLiteral("csv, json, xlsx"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("CSV encoding: utf-8 (with BOM) or cp932."),
                                      QStringLiteral("ENCODING"), QStringLiteral("utf-8"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({format, encoding, output});
    if (!parse(parser, args, io, 1))
        return UsageError;
    const auto kind = Importer::kindFromName(parser.positionalArguments().at(0));
    if (!kind)
        return usageError(io, tr("Unknown kind \"%1\"; use one of: %2.")
                                  .arg(parser.positionalArguments().at(0), Importer::kindNames().join(QStringLiteral(", "))));
    const QString fmt = parser.value(format);
    const QString enc = parser.value(encoding).toLower();
    const QHash<QString, RecordExport::Format> formats{{QStringLiteral("xlsx"), RecordExport::Format::Xlsx},
                                                       {QStringLiteral("utf-8"), RecordExport::Format::CsvUtf8},
                                                       {QStringLiteral("cp932"), RecordExport::Format::CsvCp932}};
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json") && fmt != QLatin1String("xlsx"))
        return usageError(io, tr("Unknown format \"%1\"; use csv, json or xlsx.").arg(fmt));
    if (parser.isSet(encoding) && (fmt != QLatin1String("csv") || !formats.contains(enc) || enc == QLatin1String("xlsx")))
        return usageError(io, tr("--encoding is utf-8 or cp932, for csv only."));
    if (fmt == QLatin1String("xlsx") && !parser.isSet(output))
        return usageError(io, tr("An Excel workbook is not text; name the file with -o FILE."));

    const auto council = openRecords(where, io);
    if (!council)
        return DataError;
    const ExportService records(council->services());
    const Result<QByteArray> bytes = fmt == QLatin1String("json")
                                         ? records.toJson(*kind)
                                         : records.toBytes(*kind, formats.value(fmt == QLatin1String("xlsx") ? fmt : enc));
    return bytes ? writeOutput(io, parser.value(output), *bytes) : failure(io, bytes.status());
}
