#include "cli/CheckCommand.h"


QString CheckCommand::description() const
{
    return tr("Check integrity, references and data version; exit 0 only if all hold.");
}

int CheckCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 0))
        return UsageError;
    const auto council = openRecords(where, io, Database::Access::ReadOnly, Tables::AsFound);
    if (!council)
        return DataError;
    QStringList problems;
    if (Status st = council->check(&problems); !st)
        return failure(io, st);
    print(io.out, tr("%1: OK (data version %2)").arg(where.displayName()).arg(council->schemaVersion()));
    return Success;
}
