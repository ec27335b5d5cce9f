#include "attendance/AttendanceRules.h"

#include "store/CodeListStore.h"
#include "store/ProgrammeStore.h"

namespace AttendanceRules {

Result<qint64> defaultRole(const Database& db, qint64 eventId, qint64 personId)
{
    const Result<bool> lecturer = personId ? ProgrammeStore(db).isLecturerOf(eventId, personId) : Result<bool>(false);
    if (!lecturer)
        return lecturer.status();
    return CodeListStore(db).idOf(CodeListStore::AttendanceRole, *lecturer ? LecturerRole : ParticipantRole);
}

} // namespace AttendanceRules
