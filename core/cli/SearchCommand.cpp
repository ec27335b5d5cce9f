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

int SearchCommand::run(const QStringList& args, const QString& databasePath, Io& io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1))
        return UsageError;
    const QString text = parser.positionalArguments().first();
    if (TextFolding::fold(text).isEmpty())
        return usageError(io, tr("The search text is empty."));
    Database db;
    if (Status st = db.open(databasePath, Database::Access::ReadOnly); !st)
        return failure(io, st);

    OrganisationStore organisations(db);
    const Result<QList<Person>> people = PersonStore(db).search(text);
    if (!people)
        return failure(io, people.status());
    const Result<QList<Organisation>> orgs = organisations.search(text);
    if (!orgs)
        return failure(io, orgs.status());
    // The organisations of the people found, read once each.
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
    int found = 0;
    const auto line = [&](const QString& kind, const QStringList& fields) {
        print(io.out, kind + u'\t' + fields.join(u'\t'));
        ++found;
    };
    for (const Person& p : *people)
        line(tr("person"), {p.name, p.reading, orgNames.value(p.organisationId)});
    for (const Organisation& o : *orgs)
        line(tr("organisation"), {o.name, o.reading});
    const Result<QList<Event>> events = EventStore(db).search(text);
    if (!events)
        return failure(io, events.status());
    for (const Event& e : *events)
        line(tr("event"), {JapaneseDate::formatShort(e.date), e.title, e.venue});
    if (found == 0)
        print(io.err, tr("Nothing matches \"%1\".").arg(text));
    return Success;
}
