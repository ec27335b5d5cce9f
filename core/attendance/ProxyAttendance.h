#pragma once

#include "model/Attendance.h"
#include "model/Person.h"

#include <QList>
#include <optional>

// 代理出席, the one rule. Somebody who comes in a member's place has the attendance row: status
// 代理出席 (Code::Proxy), substituteForId = the member. At one event a member is spoken for by
// one row only — their own, or the row of whoever came for them — so that nobody is counted
// twice. The attendance tab, the services and the importers all write through these plans.
namespace ProxyAttendance {

// The rows of one event that speak of one member.
struct MemberRows
{
    std::optional<Attendance> own;   // the member's own row
    std::optional<Attendance> proxy; // the row of whoever came in the member's place
};

// What to write: delete these rows, then insert or update `row` (by event and person).
struct Plan
{
    QList<qint64> removeIds;
    Attendance row;
};

// The member's own row (`own`, already changed as asked) replaces whoever came in their place.
Plan own(const MemberRows& member, const Attendance& own);
// The role a new own row of the member takes: that of whoever came in their place, else
// `defaultRoleId` (the lecturer rule's).
qint64 roleOfNewOwnRow(const MemberRows& member, qint64 defaultRoleId);
// `came` attended in place of the member: the member's own row goes, a previous substitute's
// row goes, and `came` gets the proxy row (keeping their own row at the event if they had one,
// else their profession and organisation as of now). The member's role goes with it.
Plan substitute(const MemberRows& member, const std::optional<Attendance>& cameRow, const Person& came,
                qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId);
// A row written again for the same person (an import, a re-marking) keeps what links it to
// the member it came for, and its note.
void keepLink(const Attendance& stored, Attendance& written);

} // namespace ProxyAttendance
