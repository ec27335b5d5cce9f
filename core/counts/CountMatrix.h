#pragma once

#include "counts/CountTable.h"

#include <QList>

// Participant counts of one fiscal year as a cross table: events (rows) by profession (columns).
// The row and column totals are the per-event and per-profession counts themselves.
struct CountMatrix
{
    int fiscalYear = 0;
    CountTable events;       // one row per event of the year; count = the row total
    CountTable professions;  // one row per profession that took part; count = the column total
    QList<QList<int>> cells; // cells[event][profession]; 0 where nobody of that profession came

    int cell(qsizetype event, qsizetype profession) const { return cells.at(event).at(profession); }
};
