#pragma once

#include "Result.h"
#include "Status.h"
#include "attendance/EventRoster.h"
#include "counts/ParticipantCounts.h"
#include "model/CodeItem.h"
#include "model/Attendance.h"
#include "model/Headcount.h"
#include "model/Person.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

class Services;

// Attendance at events: marking the roster, 代理出席 (attendance/ProxyAttendance, the one
// rule), walk-ins, headcounts and the lecturer role (AttendanceRules::defaultRole). Each write is
// one transaction announcing Change::Entity::Attendance or Headcount with the event as owner.
class AttendanceService
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceService)

public:
    explicit AttendanceService(Services& services);

    // The roster of the event (EventRoster: a fixed number of queries); its status() says
    // whether it could be read.
    EventRoster roster(qint64 eventId) const;
    // The attendance statuses (出席, 欠席, 代理出席, 未回答 first, in the keys' order 1–4) and roles.
    struct Codes
    {
        QList<CodeItem> statuses;
        QList<CodeItem> roles;
        // The ids of 出席, 欠席, 代理出席, 未回答: the roster's keys 1–4.
        QList<qint64> keyed;
    };
    // Both lists in two queries; a failure when either cannot be read (never empty pick lists).
    Result<Codes> codes() const;
    // The live tally: the count, by profession, and who attended without being counted.
    struct Tally
    {
        std::optional<int> total; // none when nothing was recorded
        QList<CountTable::Row> byProfession;
        QList<ParticipantCounts::NotCounted> notCounted;
    };
    Result<Tally> tally(qint64 eventId) const;
    // Every active profession (and any inactive one with a count) with the event's headcount.
    struct HeadcountRow
    {
        qint64 professionId = 0;
        QString profession;
        int count = 0;
    };
    Result<QList<HeadcountRow>> headcountRows(qint64 eventId) const;

    Result<QList<Attendance>> forEvent(qint64 eventId) const;
    Result<std::optional<Attendance>> find(qint64 eventId, qint64 personId) const;
    // The row of whoever came in `memberId`'s place, if anyone did.
    Result<std::optional<Attendance>> proxyFor(qint64 eventId, qint64 memberId) const;
    // The status shown for the person on the roster: their own row's, or their substitute's; 0 for none.
    Result<qint64> currentStatus(qint64 eventId, qint64 personId) const;
    // The rows an edit of `personIds` may touch (theirs and their substitutes'), to put back on undo.
    Result<QList<Attendance>> rowsAbout(qint64 eventId, const QList<qint64>& personIds) const;
    Result<QList<Headcount>> headcounts(qint64 eventId) const;
    // The role a new row takes when nobody chose one (講師 for a lecturer of the programme).
    Result<qint64> defaultRole(qint64 eventId, qint64 personId) const;

    // Marks `person` themselves (their own row, made with `statusId` and the default role when
    // new, then changed by `change`); their row replaces whoever came in their place.
    Status mark(qint64 eventId, const Person& person, qint64 statusId, const std::function<void(Attendance&)>& change);
    // `came` attended in place of the member (代理出席, with status `proxyStatusId`).
    Status setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, const Person& came);
    // Changes the role of the row of whoever came for the member.
    Status setProxyRole(qint64 eventId, qint64 memberId, qint64 roleId);
    // Puts the rows about `personIds` back as `rows` had them (undo, redo).
    Status restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows);
    Status setHeadcount(const Headcount& headcount);

    // Walk-ins and substitutes new to the council: the person is added through PeopleService
    // (or, when `person` has an id, put back under it: redo) and their attendance recorded in
    // the same transaction, so a failure leaves neither. Each returns the person's id.
    // `person` came to the event (their own row with `statusId`).
    Result<qint64> addWalkIn(qint64 eventId, const Person& person, qint64 statusId);
    // `came` came in place of the member (代理出席, as setProxy).
    Result<qint64> addSubstitute(qint64 eventId, qint64 memberId, qint64 proxyStatusId, const Person& came);
    // The undo of either: the rows about `otherIds` and the new person go back to `rows`, and the
    // new person is removed, in one transaction.
    Status removeNewPerson(qint64 eventId, qint64 personId, const QList<qint64>& otherIds,
                           const QList<Attendance>& rows);

private:
    Result<qint64> withNewPerson(const Person& person, const std::function<Status(const Person&)>& record);

    Services& m_services;
};
