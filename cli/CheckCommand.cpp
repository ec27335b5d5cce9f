#include "cli/CheckCommand.h"

#include <QDir>

QString CheckCommand::description() const
{
    return tr("Check integrity, references and data version; exit 0 only if all hold.");
}

int CheckCommand::run(const QStringList& args, const QString& databasePath, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 0))
        return UsageError;
    Database db;
    if (Status st = db.open(databasePath, Database::Access::ReadOnly); !st)
        return failure(io, st);
    QStringList problems;
    if (Status st = db.check(&problems); !st)
        return failure(io, st);
    print(io.out, tr("%1: OK (data version %2)").arg(QDir::toNativeSeparators(databasePath)).arg(db.schemaVersion()));
    return Success;
}
