#pragma once

#include "Result.h"
#include "counts/CountTable.h"
#include "date/FiscalYear.h"

#include <QDate>
#include <QList>

class Database;

// One fiscal year at a glance: meetings and trainings held (on or before `today`) and planned
// (after it), and the participant counts, which come from ParticipantCounts alone.
struct YearFigures
{
    FiscalYear year{0};
    int meetingsHeld = 0;
    int meetingsPlanned = 0;
    int trainingsHeld = 0;
    int trainingsPlanned = 0;
    int participants = 0;         // 延べ人数
    int distinctParticipants = 0; // 実人数
    QList<CountTable::Row> byProfession;

    // Meeting or training is EventKinds' rule; a failure when a read failed.
    static Result<YearFigures> compute(const Database& db, const FiscalYear& year, const QDate& today);
    // The same, empty figures with `status` set when a read failed.
    static YearFigures compute(const Database& db, const FiscalYear& year, const QDate& today, Status* status);
};
