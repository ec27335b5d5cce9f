#include "attendance/AttendanceRules.h"

#include "store/CodeListStore.h"
#include "store/ProgrammeStore.h"

namespace AttendanceRules {

Result<qint64> defaultRole(const Database& db, qint64 eventId, qint64 personId)
{
    bool lecturer = false;
    if (personId) {
        const Result<bool> is = ProgrammeStore(db).isLecturerOf(eventId, personId);
        if (!is)
            return is.status();
        lecturer = *is;
    }
    return CodeListStore(db).idOf(CodeListStore::AttendanceRole, defaultRoleCode(lecturer));
}

const QString& defaultRoleCode(bool isLecturer)
{
    return isLecturer ? LecturerRole : ParticipantRole;
}

} // namespace AttendanceRules
