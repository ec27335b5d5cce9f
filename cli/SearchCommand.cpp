#include "cli/SearchCommand.h"

#include "date/JapaneseDate.h"
#include "service/EventService.h"
#include "service/OrganisationService.h"
#include "service/PeopleService.h"
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
    const auto council = openRecords(where, io);
    if (!council)
        return DataError;

    // Everything is read before anything is printed: a failed read prints no half list and never
    // "nothing matches". People come with their organisation's name: a fixed number of queries.
    Services& services = council->services();
    const auto people = PeopleService(services).searchListings(text);
    const auto orgs = OrganisationService(services).search(text);
    const auto events = EventService(services).search(text);
    for (const Status& st : {people.status(), orgs.status(), events.status()})
        if (!st)
            return failure(io, st);
    QStringList lines;
    const auto line = [&](const QString& kind, const QStringList& fields) {
        lines << kind + u'\t' + fields.join(u'\t');
    };
    for (const PersonListing& p : *people)
        line(tr("person"), {p.person.name, p.person.reading, p.organisation});
    for (const Organisation& o : *orgs)
        line(tr("organisation"), {o.name, o.reading});
    for (const Event& e : *events)
        line(tr("event"), {JapaneseDate::formatShort(e.date), e.title, e.venue});
    for (const QString& l : std::as_const(lines))
        print(io.out, l);
    if (lines.isEmpty())
        print(io.err, tr("Nothing matches \"%1\".").arg(text));
    return Success;
}
