#include "service/AttendanceService.h"

#include "attendance/AttendanceRules.h"
#include "attendance/ProxyAttendance.h"
#include "db/Database.h"
#include "service/PeopleService.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"

#include <algorithm>

namespace {
// A new own row: the person's profession and organisation as of now.
Attendance freshRow(qint64 eventId, const Person& person, qint64 statusId, qint64 roleId)
{
    Attendance a;
    a.eventId = eventId;
    a.personId = person.id;
    a.statusId = statusId;
    a.roleId = roleId;
    a.professionId = person.professionId;
    a.organisationId = person.organisationId;
    return a;
}
} // namespace

AttendanceService::AttendanceService(Services& services) : m_services(services) {}

EventRoster AttendanceService::roster(qint64 eventId) const
{
    return EventRoster(m_services.db(), eventId);
}

Result<AttendanceService::Codes> AttendanceService::codes() const
{
    const CodeListStore store(m_services.db());
    const Result<QList<CodeItem>> statuses = store.list(CodeListStore::AttendanceStatus);
    if (!statuses)
        return statuses.status();
    const Result<QList<CodeItem>> roles = store.list(CodeListStore::AttendanceRole);
    if (!roles)
        return roles.status();
    Codes c{*statuses, *roles, {}};
    for (const QString& code : {Code::Present, Code::Absent, Code::Proxy, Code::NoReply}) {
        const auto it = std::find_if(statuses->begin(), statuses->end(),
                                     [&code](const CodeItem& item) { return item.code == code; });
        c.keyed << (it == statuses->end() ? qint64(0) : it->id);
    }
    return c;
}

Result<AttendanceService::Tally> AttendanceService::tally(qint64 eventId) const
{
    const ParticipantCounts counts(m_services.db());
    const Result<QHash<qint64, int>> total = counts.eventCounts({eventId});
    if (!total)
        return total.status();
    Tally t;
    if (!total->contains(eventId))
        return t;
    t.total = total->value(eventId);
    Status st;
    const auto table = counts.computeForEvent(eventId, CountTable::Breakdown::Profession, &st);
    if (!table)
        return st;
    t.byProfession = table->rows;
    const auto others = counts.notCounted(eventId, &st);
    if (!others)
        return st;
    t.notCounted = *others;
    return t;
}

Result<QList<AttendanceService::HeadcountRow>> AttendanceService::headcountRows(qint64 eventId) const
{
    const Result<QList<Headcount>> stored = AttendanceStore(m_services.db()).headcounts(eventId);
    if (!stored)
        return stored.status();
    QHash<qint64, int> counts;
    for (const Headcount& h : *stored)
        counts.insert(h.professionId, h.count);
    const Result<QList<CodeItem>> professions = CodeListStore(m_services.db()).list(CodeListStore::Profession);
    if (!professions)
        return professions.status();
    QList<HeadcountRow> rows;
    for (const CodeItem& c : *professions)
        if (c.active || counts.contains(c.id))
            rows << HeadcountRow{c.id, c.label(), counts.value(c.id)};
    return rows;
}

Result<QList<Attendance>> AttendanceService::forEvent(qint64 eventId) const
{
    return AttendanceStore(m_services.db()).forEvent(eventId);
}

Result<std::optional<Attendance>> AttendanceService::find(qint64 eventId, qint64 personId) const
{
    return AttendanceStore(m_services.db()).find(eventId, personId);
}

Result<std::optional<Attendance>> AttendanceService::proxyFor(qint64 eventId, qint64 memberId) const
{
    return AttendanceStore(m_services.db()).proxyFor(eventId, memberId);
}

Result<qint64> AttendanceService::currentStatus(qint64 eventId, qint64 personId) const
{
    const Result<ProxyAttendance::MemberRows> rows = AttendanceStore(m_services.db()).memberRows(eventId, personId);
    if (!rows)
        return rows.status();
    if (rows->proxy)
        return rows->proxy->statusId;
    return rows->own ? rows->own->statusId : qint64(0);
}

Result<QList<Attendance>> AttendanceService::rowsAbout(qint64 eventId, const QList<qint64>& personIds) const
{
    return AttendanceStore(m_services.db()).rowsAbout(eventId, personIds);
}

Result<QList<Headcount>> AttendanceService::headcounts(qint64 eventId) const
{
    return AttendanceStore(m_services.db()).headcounts(eventId);
}

Result<qint64> AttendanceService::defaultRole(qint64 eventId, qint64 personId) const
{
    return AttendanceRules::defaultRole(m_services.db(), eventId, personId);
}

Status AttendanceService::mark(qint64 eventId, const Person& person, qint64 statusId,
                               const std::function<void(Attendance&)>& change)
{
    const QString failed = tr("The attendance of %1 could not be saved.").arg(person.name);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    AttendanceStore store(m_services.db());
    const Result<ProxyAttendance::MemberRows> member = store.memberRows(eventId, person.id);
    if (!member)
        return member.status();
    Attendance own;
    if (member->own) {
        own = *member->own;
    } else {
        const Result<qint64> role = defaultRole(eventId, person.id);
        if (!role)
            return role.status();
        own = freshRow(eventId, person, statusId, ProxyAttendance::roleOfNewOwnRow(*member, *role));
    }
    if (change)
        change(own);
    const ProxyAttendance::Plan plan = ProxyAttendance::own(*member, own);
    if (const Status st = store.apply(plan); !st)
        return st;
    QList<qint64> people{person.id};
    if (member->proxy)
        people << member->proxy->personId;
    work.note({Change::Entity::Attendance, Change::Op::Updated, people, eventId});
    return work.commit(failed);
}

Status AttendanceService::setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, const Person& came)
{
    const QString failed = tr("The attendance of %1 could not be saved.").arg(came.name);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    AttendanceStore store(m_services.db());
    const Result<ProxyAttendance::MemberRows> member = store.memberRows(eventId, memberId);
    if (!member)
        return member.status();
    const Result<std::optional<Attendance>> cameRow = store.find(eventId, came.id);
    if (!cameRow)
        return cameRow.status();
    const Result<qint64> role = defaultRole(eventId, came.id);
    if (!role)
        return role.status();
    if (const Status st = store.apply(
            ProxyAttendance::substitute(*member, *cameRow, came, eventId, memberId, proxyStatusId, *role));
        !st)
        return st;
    QList<qint64> people{memberId, came.id};
    if (member->proxy && member->proxy->personId != came.id)
        people << member->proxy->personId;
    work.note({Change::Entity::Attendance, Change::Op::Updated, people, eventId});
    return work.commit(failed);
}

Status AttendanceService::setProxyRole(qint64 eventId, qint64 memberId, qint64 roleId)
{
    const QString failed = tr("The role could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    AttendanceStore store(m_services.db());
    const Result<std::optional<Attendance>> proxy = store.proxyFor(eventId, memberId);
    if (!proxy)
        return proxy.status();
    if (!*proxy)
        return Status::failure(failed, tr("Nobody came in the member's place."));
    // The role belongs to the person who came.
    Attendance row = **proxy;
    row.roleId = roleId;
    if (const Status st = store.save(row); !st)
        return st;
    work.note({Change::Entity::Attendance, Change::Op::Updated, {memberId, row.personId}, eventId});
    return work.commit(failed);
}

Status AttendanceService::restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows)
{
    const QString failed = tr("The attendance could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    AttendanceStore store(m_services.db());
    const Result<QList<Attendance>> now = store.rowsAbout(eventId, personIds);
    if (!now)
        return now.status();
    if (const Status st = store.restoreRows(eventId, personIds, rows); !st)
        return st;
    QList<qint64> people = personIds;
    for (const QList<Attendance>& list : {*now, rows})
        for (const Attendance& a : list)
            for (const qint64 id : {a.personId, a.substituteForId})
                if (id && !people.contains(id))
                    people << id;
    work.note({Change::Entity::Attendance, Change::Op::Updated, people, eventId});
    return work.commit(failed);
}

Status AttendanceService::setHeadcount(const Headcount& headcount)
{
    const QString failed = tr("The headcount could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = AttendanceStore(m_services.db()).setHeadcount(headcount); !st)
        return st;
    work.note({Change::Entity::Headcount, Change::Op::Updated, {headcount.professionId}, headcount.eventId});
    return work.commit(failed);
}

Result<qint64> AttendanceService::withNewPerson(const Person& person,
                                                const std::function<Status(const Person&)>& record)
{
    const QString failed = tr("%1 could not be added to the attendance.").arg(person.name);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    const Result<qint64> id = PeopleService(m_services).addOrRestore(person);
    if (!id)
        return id.status();
    Person added = person;
    added.id = *id;
    if (const Status st = record(added); !st)
        return st;
    if (const Status st = work.commit(failed); !st)
        return st;
    return added.id;
}

Result<qint64> AttendanceService::addWalkIn(qint64 eventId, const Person& person, qint64 statusId)
{
    return withNewPerson(person, [this, eventId, statusId](const Person& p) { return mark(eventId, p, statusId, {}); });
}

Result<qint64> AttendanceService::addSubstitute(qint64 eventId, qint64 memberId, qint64 proxyStatusId,
                                                const Person& came)
{
    return withNewPerson(came, [this, eventId, memberId, proxyStatusId](const Person& p) {
        return setProxy(eventId, memberId, proxyStatusId, p);
    });
}

Status AttendanceService::removeNewPerson(qint64 eventId, qint64 personId, const QList<qint64>& otherIds,
                                          const QList<Attendance>& rows)
{
    const QString failed = tr("The attendance could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = restoreRows(eventId, QList<qint64>(otherIds) << personId, rows); !st)
        return st;
    if (const Status st = PeopleService(m_services).remove(personId); !st)
        return st;
    return work.commit(failed);
}
