#include "cli/BackupCommand.h"

#include <QDir>

QString BackupCommand::description() const
{
    return tr("Write a consistent copy of the database to FILE (a new file).");
}

int BackupCommand::run(const QStringList& args, const QString& databasePath, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1))
        return UsageError;
    Database db;
    if (Status st = db.open(databasePath, Database::Access::ReadOnly); !st)
        return failure(io, st);
    const QString target = parser.positionalArguments().first();
    if (Status st = db.backupTo(target); !st)
        return failure(io, st);
    print(io.err, tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
    return Success;
}
