#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One table of participant counts as it is exported: a sheet of the workbook, or one CSV file.
// Cells are typed so that every format keeps numbers as numbers: int = a count, QDate = a date,
// QString = text, a null QVariant = an empty cell (an event whose attendance was never recorded).
struct CountSheet
{
    QString name;  // the sheet's tab (Excel allows 31 characters)
    QString title; // what the table shows, for the title row
    QStringList header;
    QList<QVariantList> rows;
    int totalRows = 0;     // how many of the last rows are totals (set in bold)
    int frozenColumns = 0; // leading columns kept in view when scrolling sideways (the cross table's)
};
