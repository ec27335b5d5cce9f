#include "cli/ExportCommand.h"

#include "io/Exporter.h"
#include "text/TextCodec.h"

QString ExportCommand::description() const
{
    return tr("Export records as CSV (UTF-8 with BOM, for Excel) or JSON.");
}

int ExportCommand::run(const QStringList& args, const QString& databasePath, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(QStringLiteral("csv, json"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({format, output});
    if (!parse(parser, args, io, 1))
        return UsageError;
    const auto kind = Importer::kindFromName(parser.positionalArguments().at(0));
    if (!kind)
        return usageError(io, tr("Unknown kind \"%1\"; use one of: %2.")
                                  .arg(parser.positionalArguments().at(0), Importer::kindNames().join(QStringLiteral(", "))));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usageError(io, tr("Unknown format \"%1\"; use csv or json.").arg(fmt));

    Database db;
    if (Status st = db.open(databasePath, Database::Access::ReadOnly); !st)
        return failure(io, st);
    const DataTable table = Exporter(db).table(*kind);
    const QByteArray bytes = fmt == QLatin1String("json")
                                 ? table.toJson()
                                 : TextCodec::encode(table.toCsv(), TextCodec::Encoding::Utf8, true, nullptr).value_or(QByteArray());
    return writeOutput(io, parser.value(output), bytes);
}
