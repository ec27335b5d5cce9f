#include "attendance/EventRoster.h"

#include "db/Database.h"
#include "domain/MembershipTerms.h"
#include "model/CodeItem.h"
#include "store/AttendanceStore.h"
#include "store/EventStore.h"
#include "store/ProgrammeStore.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace {
struct Keyed
{
    EventRoster::Entry entry;
    QString organisationKey;
    QString personKey;
};

struct PersonFacts
{
    QString name, reading;
    qint64 organisationId = 0, professionId = 0;
};
struct OrganisationFacts
{
    QString name, reading;
};

QString idList(const QSet<qint64>& ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.isEmpty() ? QStringLiteral("NULL") : numbers.join(u',');
}

QString label(const QSqlQuery& q, int column)
{
    CodeItem item;
    item.labelJa = q.value(column).toString();
    item.labelEn = q.value(column + 1).toString();
    return item.label();
}
} // namespace

EventRoster::EventRoster(const Database& db, qint64 eventId)
{
    m_status = load(db, eventId);
    if (!m_status) {
        m_event.reset();
        m_entries.clear();
    }
}

Status EventRoster::load(const Database& db, qint64 eventId)
{
    const QString failed = tr("The roster of the event could not be read.");
    Result<std::optional<Event>> event = EventStore(db).get(eventId);
    if (!event)
        return event.status();
    m_event = *event;
    if (!m_event)
        return Status::success();

    // The members of the organiser body, with their terms (the term rule is MembershipTerms').
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT person_id, term_from, term_to FROM membership "
                             "WHERE body_id = ? AND person_id IS NOT NULL ORDER BY id"));
    q.addBindValue(m_event->bodyId);
    struct Seat
    {
        qint64 personId;
        QDate from, to;
    };
    const Result<QList<Seat>> seats = SqlUtil::list<Seat>(q, failed, [](const QSqlQuery& r) {
        return Seat{r.value(0).toLongLong(), QDate::fromString(r.value(1).toString(), Qt::ISODate),
                    QDate::fromString(r.value(2).toString(), Qt::ISODate)};
    });
    if (!seats)
        return seats.status();
    const Result<QList<ProgrammeItem>> items = ProgrammeStore(db).items(eventId);
    if (!items)
        return items.status();
    const Result<QList<Attendance>> rows = AttendanceStore(db).forEvent(eventId);
    if (!rows)
        return rows.status();

    // Everyone named, in the order they join the roster: members, lecturers, attendance rows.
    QList<qint64> order;
    QSet<qint64> members;
    for (const Seat& s : *seats)
        if (MembershipTerms::covers(s.from, s.to, m_event->date)) {
            order << s.personId;
            members.insert(s.personId);
        }
    // The programme's lecturers come to the event too: the clerk ticks them on the roster (their
    // role then defaults to 講師) and they sign the sheet, members of the body or not.
    for (const ProgrammeItem& item : *items)
        order << item.lecturerIds;
    for (const Attendance& a : *rows)
        order << (a.substituteForId ? a.substituteForId : a.personId);
    QSet<qint64> personIds(order.begin(), order.end());
    for (const Attendance& a : *rows)
        personIds.insert(a.personId);

    // The people, with their current profession's label, in one query.
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.reading, p.organisation_id, p.profession_id "
                             "FROM person p WHERE p.id IN (%1)").arg(idList(personIds)));
    const Result<QList<std::pair<qint64, PersonFacts>>> people =
        SqlUtil::list<std::pair<qint64, PersonFacts>>(q, failed, [](const QSqlQuery& r) {
            return std::make_pair(r.value(0).toLongLong(),
                                  PersonFacts{r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
                                              r.value(4).toLongLong()});
        });
    if (!people)
        return people.status();
    const QHash<qint64, PersonFacts> person(people->begin(), people->end());

    // Labels of every profession (a short list) and the organisations involved: one query each.
    q.prepare(QStringLiteral("SELECT id, label_ja, label_en FROM code"));
    const Result<QList<std::pair<qint64, QString>>> labels = SqlUtil::list<std::pair<qint64, QString>>(
        q, failed, [](const QSqlQuery& r) { return std::make_pair(r.value(0).toLongLong(), label(r, 1)); });
    if (!labels)
        return labels.status();
    const QHash<qint64, QString> labelOf(labels->begin(), labels->end());
    QSet<qint64> organisationIds;
    for (const PersonFacts& p : person)
        organisationIds.insert(p.organisationId);
    for (const Attendance& a : *rows)
        organisationIds.insert(a.organisationId);
    q.prepare(QStringLiteral("SELECT id, name, reading FROM organisation WHERE id IN (%1)").arg(idList(organisationIds)));
    const Result<QList<std::pair<qint64, OrganisationFacts>>> orgs =
        SqlUtil::list<std::pair<qint64, OrganisationFacts>>(q, failed, [](const QSqlQuery& r) {
            return std::make_pair(r.value(0).toLongLong(), OrganisationFacts{r.value(1).toString(), r.value(2).toString()});
        });
    if (!orgs)
        return orgs.status();
    const QHash<qint64, OrganisationFacts> organisation(orgs->begin(), orgs->end());

    QList<Keyed> keyed;
    QHash<qint64, qsizetype> index; // person id → position in keyed
    const auto entryFor = [&](qint64 personId) -> Entry* {
        if (index.contains(personId))
            return &keyed[index.value(personId)].entry;
        if (!person.contains(personId))
            return nullptr;
        const PersonFacts& p = person[personId];
        Keyed k;
        k.entry.personId = personId;
        k.entry.name = p.name;
        k.entry.reading = p.reading;
        k.entry.organisationId = p.organisationId;
        k.entry.profession = labelOf.value(p.professionId);
        k.entry.member = members.contains(personId);
        k.personKey = TextFolding::sortKey(p.reading, p.name);
        index.insert(personId, keyed.size());
        keyed << k;
        return &keyed.last().entry;
    };
    for (const qint64 id : std::as_const(order))
        entryFor(id);
    for (const Attendance& a : *rows) {
        if (a.substituteForId) {
            Entry* member = entryFor(a.substituteForId);
            if (!member || !person.contains(a.personId))
                continue;
            member->attendance = a;
            member->substitute = person[a.personId].name;
            continue;
        }
        Entry* e = entryFor(a.personId);
        if (!e)
            continue;
        e->attendance = a;
        // As of the event: what was copied when the row was made, not the person's current job.
        e->organisationId = a.organisationId;
        e->profession = labelOf.value(a.professionId);
    }

    // Organisations by reading (then id, so that two of the same name stay apart), people
    // without one last; people by reading within their organisation.
    for (Keyed& k : keyed) {
        if (organisation.contains(k.entry.organisationId)) {
            const OrganisationFacts& org = organisation[k.entry.organisationId];
            k.entry.organisation = org.name;
            k.organisationKey = TextFolding::sortKey(org.reading, org.name);
        }
    }
    const auto key = [](const Keyed& k) {
        return std::make_tuple(k.entry.organisation.isEmpty(), k.organisationKey, k.entry.organisationId,
                               k.personKey);
    };
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); });
    m_entries.reserve(keyed.size());
    for (const Keyed& k : keyed)
        m_entries << k.entry;
    return Status::success();
}
