#pragma once

#include "service/AttendanceService.h"

#include <QCoreApplication>
#include <QString>

// The live tally of the attendance tab, 参加者 22名（医師 3・看護師 5・…）, computed by the core's
// ParticipantCounts (through AttendanceService::tally) so that it always equals the counts of
// reports and the home page, and on the next lines who attended but is not counted, and why
// (講師 2名（白﨑直樹、長谷川英裕）…).
class AttendanceTally
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceTally)

public:
    // The tally's text, or what went wrong reading it.
    static QString text(const Result<AttendanceService::Tally>& tally);
};
