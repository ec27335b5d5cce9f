#include "cli/Command.h"

#include <QDir>
#include <QSaveFile>

std::unique_ptr<Council> Command::openRecords(const ConnectionSpec& where, Io& io, Database::Access access,
                                              Tables tables)
{
    auto council = std::make_unique<Council>();
    Status st = access == Database::Access::ReadOnly ? council->openReadOnly(where) : council->open(where);
    if (st && tables == Tables::MustMatch)
        st = council->verifySchema();
    if (!st) {
        failure(io, st);
        return nullptr;
    }
    return council;
}

std::unique_ptr<Council> Command::createRecords(const ConnectionSpec& where, Io& io, const QString& sample)
{
    auto council = std::make_unique<Council>();
    if (Status st = council->create(where, sample); !st) {
        failure(io, st);
        return nullptr;
    }
    return council;
}

void Command::print(QIODevice& device, const QString& text)
{
    device.write(text.toUtf8());
    if (!text.endsWith(u'\n'))
        device.write("\n");
}

int Command::usageError(Io& io, const QString& message) const
{
    print(io.err, message);
    print(io.err, tr("Usage: renkei-cli [--db FILE] %1").arg(synopsis()));
    return UsageError;
}

int Command::failure(Io& io, const Status& status)
{
    print(io.err, status.fullText());
    return DataError;
}

bool Command::parse(QCommandLineParser& parser, const QStringList& args, Io& io, int positionals) const
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{name()} + args)) {
        usageError(io, parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        usageError(io, positionals == 0 ? tr("This command takes no arguments.")
                                        : tr("This command takes %n argument(s).", nullptr, positionals));
        return false;
    }
    return true;
}

int Command::writeOutput(Io& io, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty()) {
        io.out.write(bytes);
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        print(io.err, tr("The file \"%1\" could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return DataError;
    }
    return Success;
}

QCommandLineOption Command::outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."),
                              QStringLiteral("FILE"));
}

QCommandLineOption Command::formatOption(const QString& formats)
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format: %1.").arg(formats), QStringLiteral("FORMAT"),
                              QStringLiteral("csv"));
}

QCommandLineOption Command::fiscalYearOption()
{
    return QCommandLineOption(QStringLiteral("fiscal-year"), tr("The fiscal year (2024, R6, 令和6年度)."),
                              QStringLiteral("Y"));
}

std::optional<FiscalYear> Command::requiredFiscalYear(const QCommandLineParser& parser, Io& io) const
{
    const QString name = QStringLiteral("fiscal-year");
    if (!parser.isSet(name)) {
        usageError(io, tr("--fiscal-year is required."));
        return std::nullopt;
    }
    QString error;
    const auto year = FiscalYear::parse(parser.value(name), &error);
    if (!year)
        usageError(io, error);
    return year;
}
