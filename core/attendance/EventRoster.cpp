#include "attendance/EventRoster.h"

#include "domain/MembershipTerms.h"
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
struct Keyed
{
    EventRoster::Entry entry;
    QString organisationKey;
    QString personKey;
};
} // namespace

EventRoster::EventRoster(const Database& db, qint64 eventId) : m_event(EventStore(db).get(eventId))
{
    if (!m_event)
        return;
    CodeListStore codes(db);
    PersonStore people(db);
    OrganisationStore organisations(db);
    QHash<qint64, std::optional<Organisation>> orgCache;
    const auto organisation = [&](qint64 id) {
        if (!orgCache.contains(id))
            orgCache.insert(id, id ? organisations.get(id).valueOr(std::nullopt) : std::nullopt);
        return orgCache.value(id);
    };
    QList<Keyed> rows;
    QHash<qint64, qsizetype> index; // person id → position in rows
    const auto entryFor = [&](qint64 personId) -> Entry* {
        if (index.contains(personId))
            return &rows[index.value(personId)].entry;
        const auto person = people.get(personId).valueOr(std::nullopt);
        if (!person)
            return nullptr;
        Keyed k;
        k.entry.personId = personId;
        k.entry.name = person->name;
        k.entry.reading = person->reading;
        k.entry.organisationId = person->organisationId;
        k.entry.profession = codes.label(person->professionId);
        k.personKey = TextFolding::sortKey(person->reading, person->name);
        index.insert(personId, rows.size());
        rows << k;
        return &rows.last().entry;
    };
    if (m_event->bodyId)
        // The roster has no failure of its own yet (it moves onto the attendance service).
        for (const Membership& m : BodyStore(db).memberships(m_event->bodyId).valueOr({}))
            if (m.personId && MembershipTerms::covers(m, m_event->date))
                if (Entry* e = entryFor(m.personId))
                    e->member = true;
    // The programme's lecturers come to the event too: the clerk ticks them on the roster (their
    // role then defaults to 講師) and they sign the sheet, members of the body or not.
    for (const ProgrammeItem& item : ProgrammeStore(db).items(eventId))
        for (const qint64 lecturer : item.lecturerIds)
            entryFor(lecturer);
    for (const Attendance& a : AttendanceStore(db).forEvent(eventId)) {
        if (a.substituteForId) {
            Entry* member = entryFor(a.substituteForId);
            const auto came = people.get(a.personId).valueOr(std::nullopt);
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
        e->profession = codes.label(a.professionId);
    }

    // Organisations by reading (then id, so that two of the same name stay apart), people
    // without one last; people by reading within their organisation.
    for (Keyed& k : rows) {
        if (const auto org = organisation(k.entry.organisationId)) {
            k.entry.organisation = org->name;
            k.organisationKey = TextFolding::sortKey(org->reading, org->name);
        }
    }
    const auto key = [](const Keyed& k) {
        return std::make_tuple(k.entry.organisation.isEmpty(), k.organisationKey, k.entry.organisationId,
                               k.personKey);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); });
    m_entries.reserve(rows.size());
    for (const Keyed& k : rows)
        m_entries << k.entry;
}
