#pragma once

#include <QStringList>

// What an import did (or, in a dry run, would do), row by row, and what stopped it.
struct ImportReport
{
    QString encoding;
    int rows = 0;
    QStringList added;
    QStringList updated;
    QStringList skipped;
    QStringList errors;
};
