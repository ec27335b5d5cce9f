#include "report/YearFigures.h"

#include "counts/ParticipantCounts.h"
#include "domain/EventKinds.h"
#include "report/ReportReads.h"
#include "store/CodeListCache.h"

Result<YearFigures> YearFigures::compute(const Database& db, const FiscalYear& year, const QDate& today)
{
    YearFigures figures;
    figures.year = year;
    const auto codes = CodeListCache::load(db);
    if (!codes)
        return codes.status();
    const auto events = ReportReads(db).events(year.firstDay(), year.lastDay());
    if (!events)
        return events.status();
    for (const Event& e : *events) {
        const bool held = e.date <= today;
        if (EventKinds::isMeeting(codes->code(e.kindId)))
            ++(held ? figures.meetingsHeld : figures.meetingsPlanned);
        else
            ++(held ? figures.trainingsHeld : figures.trainingsPlanned);
    }
    Status st;
    const auto counts = ParticipantCounts(db).compute(year, CountTable::Breakdown::Profession, &st);
    if (!counts)
        return st;
    figures.participants = counts->total;
    figures.distinctParticipants = counts->distinctPersons;
    for (const CountTable::Row& row : counts->rows)
        if (row.count.value_or(0) > 0)
            figures.byProfession << row;
    return figures;
}

YearFigures YearFigures::compute(const Database& db, const FiscalYear& year, const QDate& today, Status* status)
{
    Result<YearFigures> figures = compute(db, year, today);
    if (status)
        *status = figures ? Status::success() : figures.status();
    if (!figures) {
        YearFigures none;
        none.year = year;
        return none;
    }
    return std::move(figures).value();
}
