#pragma once

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
    static void importRow(ImportContext& ctx, int row);
};
