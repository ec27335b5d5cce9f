#pragma once

#include "db/ChangeSet.h"

#include <QList>
#include <QStringList>

// What an import did (or, in a dry run, would do), row by row, and what stopped it.
struct ImportReport
{
    enum class Outcome { Added, Updated, Skipped, Error };
    // One line of the report with the data row (0-based, -1 for the whole file) and field it
    // is about, so that a window can show the row.
    struct Line
    {
        Outcome outcome = Outcome::Error;
        int row = -1;
        QString field;
        QString text;
    };

    QString encoding; // or "Excel, sheet …"
    int rows = 0;
    bool cancelled = false;
    QStringList added;
    QStringList updated;
    QStringList skipped;
    QStringList errors;
    QList<Line> lines;
    ChangeSet changes; // recorded when asked for: what undo takes back
};
