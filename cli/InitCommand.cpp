#include "cli/InitCommand.h"

#include "sample/SampleLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString InitCommand::description() const
{
    return tr("Create a new database (refuses an existing non-empty file).");
}

int InitCommand::run(const QStringList& args, const QString& databasePath, Io& io)
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
    const bool existedEmpty = QFile::exists(databasePath);
    Database db;
    Status st = db.create(databasePath);
    if (st && !sampleName.isEmpty())
        st = SampleLoader::load(db, sampleName);
    if (!st) {
        db.close();
        // Nothing half-made: a file this command created and could not fill is removed.
        if (!existedEmpty && QFile::exists(databasePath) && QFileInfo(databasePath).size() > 0) {
            QFile::remove(databasePath);
            QFile::remove(databasePath + QStringLiteral("-wal"));
            QFile::remove(databasePath + QStringLiteral("-shm"));
        }
        return failure(io, st);
    }
    print(io.err, sampleName.isEmpty()
                      ? tr("Created %1").arg(QDir::toNativeSeparators(databasePath))
                      : tr("Created %1 with the sample \"%2\"").arg(QDir::toNativeSeparators(databasePath), sampleName));
    return Success;
}
