#include "home/YearFigures.h"

#include "counts/ParticipantCounts.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"

YearFigures YearFigures::compute(const Database& db, const FiscalYear& year, const QDate& today,
                                 Status* status)
{
    YearFigures figures;
    figures.year = year;
    // Meetings are the events of kind "meeting"; every other kind is a training of some sort,
    // as on the Meetings and Trainings pages.
    const qint64 meeting = CodeListStore(db).idOf(CodeListStore::EventKind, QStringLiteral("meeting"));
    for (const Event& e : EventStore(db).between(year.firstDay(), year.lastDay()).valueOr({})) {
        const bool held = e.date <= today;
        if (e.kindId == meeting)
            ++(held ? figures.meetingsHeld : figures.meetingsPlanned);
        else
            ++(held ? figures.trainingsHeld : figures.trainingsPlanned);
    }
    const auto counts = ParticipantCounts(db).compute(year, CountTable::Breakdown::Profession, status);
    if (counts) {
        figures.participants = counts->total;
        figures.distinctParticipants = counts->distinctPersons;
        for (const CountTable::Row& row : counts->rows)
            if (row.count.value_or(0) > 0)
                figures.byProfession << row;
    }
    return figures;
}
