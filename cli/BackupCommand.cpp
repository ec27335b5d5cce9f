#include "cli/BackupCommand.h"

#include <QDir>

QString BackupCommand::description() const
{
    return tr("Write a consistent copy of the database to FILE (a new file).");
}

int BackupCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1))
        return UsageError;
    const auto council = openRecords(where, io);
    if (!council)
        return DataError;
    const QString target = parser.positionalArguments().first();
    if (Status st = council->saveCopy(target); !st)
        return failure(io, st);
    print(io.err, tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
    return Success;
}
