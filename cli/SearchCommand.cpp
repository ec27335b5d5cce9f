#include "cli/SearchCommand.h"

#include "date/JapaneseDate.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "text/TextFolding.h"

#include <QHash>

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

    // Everything is read before anything is printed: a failed read prints no half list and never
    // "nothing matches".
    OrganisationStore organisations(*db);
    const auto people = PersonStore(*db).search(text);
    const auto orgs = organisations.search(text);
    const auto events = EventStore(*db).search(text);
    for (const Status& st : {people.status(), orgs.status(), events.status()})
        if (!st)
            return failure(io, st);
    QStringList lines;
    const auto line = [&](const QString& kind, const QStringList& fields) {
        lines << kind + u'\t' + fields.join(u'\t');
    };
    // The organisations of the people found, read in one query.
    QList<qint64> orgIds;
    for (const Person& p : *people)
        if (p.organisationId && !orgIds.contains(p.organisationId))
            orgIds << p.organisationId;
    const Result<QList<Organisation>> affiliations = organisations.byIds(orgIds);
    if (!affiliations)
        return failure(io, affiliations.status());
    QHash<qint64, QString> orgNames;
    for (const Organisation& o : *affiliations)
        orgNames.insert(o.id, o.name);
    for (const Person& p : *people)
        line(tr("person"), {p.name, p.reading, orgNames.value(p.organisationId)});
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
