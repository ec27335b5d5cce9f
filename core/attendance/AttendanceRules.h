#pragma once

#include "Result.h"
#include "domain/Codes.h"

#include <QString>

class Database;

// The rules of recording attendance that every way in (the roster, a walk-in, an import)
// follows, kept here once.
namespace AttendanceRules {
// The reserved codes of the attendance-role list (CodeListStore::isReserved) the program relies on.
inline const QString& ParticipantRole = Code::Participant;
inline const QString& LecturerRole = Code::Lecturer;

// The role a new attendance of `personId` at `eventId` takes when nobody chose one: 講師 for a
// lecturer of the event's programme (lecturers are not counted as participants), else 参加者.
// The role stays editable afterwards. 0 when the code list lacks the role; a failure when the
// programme could not be read (a lecturer must never be counted as a participant by mistake).
Result<qint64> defaultRole(const Database& db, qint64 eventId, qint64 personId);
} // namespace AttendanceRules
