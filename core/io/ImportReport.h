#pragma once

#include "db/ChangeSet.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

// What an import did (or, in a dry run, would do), row by row, and what stopped it.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Outcome { Added, Updated, Skipped, Error };
    // What kind of record a line adds: an import of people also adds the organisations they
    // name, and the clerk is told both ("30 people, 6 organisations"), not one sum.
    enum class Record { Organisation, Person, Event, Attendance };
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
    QMap<Record, int> addedCounts;
    QStringList updated;
    QStringList skipped;
    QStringList errors;
    QList<Line> lines;
    ChangeSet changes; // recorded when asked for: what undo takes back

    // "30 people, 6 organisations" — what was (or would be) added, by kind; "none" if nothing.
    QString addedByKind() const;
};
