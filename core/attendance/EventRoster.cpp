#include "attendance/EventRoster.h"

#include "model/Membership.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "text/TextFolding.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace {
bool termCovers(const Membership& m, const QDate& date)
{
    return (!m.termFrom.isValid() || m.termFrom <= date) && (!m.termTo.isValid() || date <= m.termTo);
}

struct Keyed
{
    EventRoster::Entry entry;
    QString organisationKey;
    QString personKey;
};
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
    const auto event = EventStore(db).get(eventId);
    if (!event)
        return event.status();
    m_event = *event;
    if (!m_event)
        return Status::success();
    CodeListStore codes(db);
    PersonStore people(db);
    OrganisationStore organisations(db);
    Status failed; // the first read that failed
    const auto fail = [&failed](const Status& st) {
        if (failed)
            failed = st;
    };
    const auto label = [&](qint64 id) {
        const auto item = id ? codes.get(id) : Result<std::optional<CodeItem>>(std::nullopt);
        if (!item)
            fail(item.status());
        return item && *item ? (*item)->label() : QString();
    };
    const auto person = [&](qint64 id) -> std::optional<Person> {
        const auto p = people.get(id);
        if (!p)
            fail(p.status());
        return p ? *p : std::nullopt;
    };
    QHash<qint64, std::optional<Organisation>> orgCache;
    const auto organisation = [&](qint64 id) {
        if (!orgCache.contains(id)) {
            const auto o = id ? organisations.get(id) : Result<std::optional<Organisation>>(std::nullopt);
            if (!o)
                fail(o.status());
            orgCache.insert(id, o ? *o : std::nullopt);
        }
        return orgCache.value(id);
    };
    QList<Keyed> rows;
    QHash<qint64, qsizetype> index; // person id → position in rows
    const auto entryFor = [&](qint64 personId) -> Entry* {
        if (index.contains(personId))
            return &rows[index.value(personId)].entry;
        const auto found = person(personId);
        if (!found)
            return nullptr;
        Keyed k;
        k.entry.personId = personId;
        k.entry.name = found->name;
        k.entry.reading = found->reading;
        k.entry.organisationId = found->organisationId;
        k.entry.profession = label(found->professionId);
        k.personKey = TextFolding::sortKey(found->reading, found->name);
        index.insert(personId, rows.size());
        rows << k;
        return &rows.last().entry;
    };
    if (m_event->bodyId) {
        const auto members = BodyStore(db).memberships(m_event->bodyId);
        if (!members)
            return members.status();
        for (const Membership& m : *members)
            if (m.personId && termCovers(m, m_event->date))
                if (Entry* e = entryFor(m.personId))
                    e->member = true;
    }
    // The programme's lecturers come to the event too: the clerk ticks them on the roster (their
    // role then defaults to 講師) and they sign the sheet, members of the body or not.
    const auto items = ProgrammeStore(db).items(eventId);
    if (!items)
        return items.status();
    for (const ProgrammeItem& item : *items)
        for (const qint64 lecturer : item.lecturerIds)
            entryFor(lecturer);
    const auto attendance = AttendanceStore(db).forEvent(eventId);
    if (!attendance)
        return attendance.status();
    for (const Attendance& a : *attendance) {
        if (a.substituteForId) {
            Entry* member = entryFor(a.substituteForId);
            const auto came = person(a.personId);
            if (!member || !came)
                continue;
            member->attendance = a;
            member->substitute = came->name;
            continue;
        }
        Entry* e = entryFor(a.personId);
        if (!e)
            continue;
        e->attendance = a;
        // As of the event: what was copied when the row was made, not the person's current job.
        e->organisationId = a.organisationId;
        e->profession = label(a.professionId);
    }

    // Organisations by reading (then id, so that two of the same name stay apart), people
    // without one last; people by reading within their organisation.
    for (Keyed& k : rows) {
        if (const auto org = organisation(k.entry.organisationId)) {
            k.entry.organisation = org->name;
            k.organisationKey = TextFolding::sortKey(org->reading, org->name);
        }
    }
    if (!failed)
        return failed;
    const auto key = [](const Keyed& k) {
        return std::make_tuple(k.entry.organisation.isEmpty(), k.organisationKey, k.entry.organisationId,
                               k.personKey);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); });
    m_entries.reserve(rows.size());
    for (const Keyed& k : rows)
        m_entries << k.entry;
    return Status::success();
}
