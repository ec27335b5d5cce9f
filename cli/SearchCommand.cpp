#include "cli/SearchCommand.h"

#include "date/JapaneseDate.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "text/TextFolding.h"

QString SearchCommand::description() const
{
    return tr("Find people, organisations and events (kana, width and variant kanji folded).");
}

int SearchCommand::run(const QStringList& args, const ConnectionSpec& where, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1))
        return UsageError;
    const QString text = parser.positionalArguments().first();
    if (TextFolding::fold(text).isEmpty())
        return usageError(io, tr("The search text is empty."));
    const auto db = openRecords(where, io);
    if (!db)
        return DataError;

    OrganisationStore organisations(*db);
    int found = 0;
    const auto line = [&](const QString& kind, const QStringList& fields) {
        print(io.out, kind + u'\t' + fields.join(u'\t'));
        ++found;
    };
    for (const Person& p : PersonStore(*db).search(text)) {
        const auto org = organisations.get(p.organisationId);
        line(tr("person"), {p.name, p.reading, org ? org->name : QString()});
    }
    for (const Organisation& o : organisations.search(text))
        line(tr("organisation"), {o.name, o.reading});
    for (const Event& e : EventStore(*db).search(text))
        line(tr("event"), {JapaneseDate::formatShort(e.date), e.title, e.venue});
    if (found == 0)
        print(io.err, tr("Nothing matches \"%1\".").arg(text));
    return Success;
}
