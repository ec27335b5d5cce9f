#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// The tables and columns of a council's records, compared with what the migrations create, so
// that a file altered underneath (a table dropped, a column renamed by another tool) is named as
// such instead of failing query by query, or worse, reading as if nothing were there.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    using Tables = QMap<QString, QStringList>; // table → its column names, in order

    // The tables and columns of `connection` (SQLite's own tables left out).
    static Result<Tables> read(const QSqlDatabase& connection);
    // What the migrations create at the latest version (made once, in memory).
    static const Tables& expected();
    // One line for each table or column that is missing, and with `alsoUnknown` for each that
    // Renkei does not know (a renamed column is both).
    static QStringList differences(const Tables& actual, const Tables& expected, bool alsoUnknown = true);
};
