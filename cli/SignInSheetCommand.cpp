#include "cli/SignInSheetCommand.h"

#include "service/ReportService.h"

QString SignInSheetCommand::description() const
{
    return tr("The printable sign-in sheet (出席簿) of an event, as PDF.");
}

int SignInSheetCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption event(QStringLiteral("event"), tr("The event's id."), QStringLiteral("ID"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({event, output});
    if (!parse(parser, args, io, 0))
        return UsageError;
    bool isNumber = false;
    const qint64 eventId = parser.value(event).toLongLong(&isNumber);
    if (!parser.isSet(event) || !isNumber || eventId <= 0)
        return usageError(io, tr("--event needs the id of an event (a positive number)."));
    if (parser.value(output).isEmpty())
        return usageError(io, tr("-o FILE.pdf is required."));

    const auto council = openRecords(where, io);
    if (!council)
        return DataError;
    if (Status st = ReportService(council->services()).writeSignInSheet(eventId, parser.value(output)); !st)
        return failure(io, st);
    return Success;
}
