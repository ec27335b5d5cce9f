#pragma once

#include "Status.h"
#include "io/ImportField.h"

#include <QCoreApplication>

class ImportContext;

// Rows of attendance from a sign-in sheet: the event named by date (and title when several
// events share the date), the person found by folded name and organisation or created.
class AttendanceImporter
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceImporter)

public:
    static QList<ImportField> fields();
    // Reads what the rows refer to, once, before the first row.
    static Status prepare(ImportContext& ctx);
    static void importRow(ImportContext& ctx, int row);
};
