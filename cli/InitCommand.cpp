#include "cli/InitCommand.h"

#include "sample/SampleLoader.h"


QString InitCommand::description() const
{
    return tr("Create a new database (refuses an existing non-empty file).");
}

int InitCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption sample(QStringLiteral("sample"), tr("Fill with a sample council."), QStringLiteral("NAME"));
    parser.addOption(sample);
    if (!parse(parser, args, io, 0))
        return UsageError;
    const QString sampleName = parser.value(sample);
    if (parser.isSet(sample) && !SampleLoader::availableSamples().contains(sampleName))
        return usageError(io, tr("There is no sample called \"%1\". Available: %2")
                                  .arg(sampleName, SampleLoader::availableSamples().join(QStringLiteral(", "))));
    const auto council = createRecords(where, io, sampleName);
    if (!council)
        return DataError;
    print(io.err, sampleName.isEmpty()
                      ? tr("Created %1").arg(where.displayName())
                      : tr("Created %1 with the sample \"%2\"").arg(where.displayName(), sampleName));
    return Success;
}
