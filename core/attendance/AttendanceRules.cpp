#include "attendance/AttendanceRules.h"

#include "store/CodeListStore.h"
#include "store/ProgrammeStore.h"

namespace AttendanceRules {

qint64 defaultRole(const Database& db, qint64 eventId, qint64 personId)
{
    const bool lecturer = personId && ProgrammeStore(db).isLecturerOf(eventId, personId);
    return CodeListStore(db).idOf(CodeListStore::AttendanceRole, defaultRoleCode(lecturer));
}

const QString& defaultRoleCode(bool isLecturer)
{
    return isLecturer ? LecturerRole : ParticipantRole;
}

} // namespace AttendanceRules
