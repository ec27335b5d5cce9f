#include "attendance/ProxyAttendance.h"

namespace ProxyAttendance {

Plan own(const MemberRows& member, const Attendance& own)
{
    Plan plan;
    if (member.proxy)
        plan.removeIds << member.proxy->id;
    plan.row = own;
    plan.row.substituteForId = 0;
    return plan;
}

qint64 roleOfNewOwnRow(const MemberRows& member, qint64 defaultRoleId)
{
    return member.proxy ? member.proxy->roleId : defaultRoleId;
}

Plan substitute(const MemberRows& member, const std::optional<Attendance>& cameRow, const Person& came,
                qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId)
{
    Plan plan;
    if (member.own)
        plan.removeIds << member.own->id;
    if (member.proxy && member.proxy->personId != came.id)
        plan.removeIds << member.proxy->id;
    Attendance& a = plan.row;
    if (cameRow) {
        a = *cameRow;
    } else {
        a.eventId = eventId;
        a.personId = came.id;
        a.professionId = came.professionId;
        a.organisationId = came.organisationId;
    }
    a.statusId = proxyStatusId;
    a.roleId = member.own     ? member.own->roleId
               : member.proxy ? member.proxy->roleId
               : cameRow      ? cameRow->roleId
                              : defaultRoleId;
    a.substituteForId = memberId;
    return plan;
}

void keepLink(const Attendance& stored, Attendance& written)
{
    written.substituteForId = stored.substituteForId;
    written.note = stored.note;
}

} // namespace ProxyAttendance
