#pragma once

#include <QString>
#include <QStringList>

// The code lists and the reserved codes the program itself relies on, named once. A reserved code
// may be relabelled by the council (its Japanese and English labels are theirs) but never deleted
// or deactivated: counts, imports and the attendance tab look it up by this code. SQL that needs a
// reserved code binds one of these constants; no file spells them again.
namespace CodeList {
inline const QString Profession = QStringLiteral("profession");
inline const QString ProfessionGroup = QStringLiteral("profession-group");
inline const QString OrganisationCategory = QStringLiteral("organisation-category");
inline const QString BodyKind = QStringLiteral("body-kind");
inline const QString MembershipRole = QStringLiteral("membership-role");
inline const QString AttendanceStatus = QStringLiteral("attendance-status");
inline const QString AttendanceRole = QStringLiteral("attendance-role");
inline const QString EventKind = QStringLiteral("event-kind");
inline const QString ProgrammeItemKind = QStringLiteral("programme-item-kind");
inline const QString EventFormat = QStringLiteral("event-format");

// Every list, in the order the settings page shows them.
QStringList all();
} // namespace CodeList

namespace Code {
// attendance-status
inline const QString Present = QStringLiteral("present");
inline const QString Absent = QStringLiteral("absent");
inline const QString Proxy = QStringLiteral("proxy"); // 代理出席
inline const QString NoReply = QStringLiteral("no-reply");
// attendance-role
inline const QString Participant = QStringLiteral("participant");
inline const QString Lecturer = QStringLiteral("lecturer");
// profession: participants known only as a number, profession unknown (不明)
inline const QString UnknownProfession = QStringLiteral("unknown");
// event-kind: every other kind is a training of some sort
inline const QString Meeting = QStringLiteral("meeting");
inline const QString Training = QStringLiteral("training");

// The statuses under which somebody was there (出席, 代理出席).
QStringList attendedStatuses();
// True for the codes above that the program relies on in `list`.
bool isReserved(const QString& list, const QString& code);
} // namespace Code
