#include "domain/Codes.h"

#include <QHash>

QStringList CodeList::all()
{
    return {ProfessionGroup, Profession,     OrganisationCategory, BodyKind,          MembershipRole,
            AttendanceStatus, AttendanceRole, EventKind,            ProgrammeItemKind, EventFormat};
}

QStringList Code::attendedStatuses()
{
    return {Present, Proxy};
}

bool Code::isReserved(const QString& list, const QString& code)
{
    static const QHash<QString, QStringList> reserved{
        {CodeList::AttendanceStatus, {Present, Absent, Proxy, NoReply}},
        {CodeList::AttendanceRole, {Participant, Lecturer}},
        {CodeList::Profession, {UnknownProfession}},
        {CodeList::EventKind, {Meeting}},
    };
    return reserved.value(list).contains(code);
}
