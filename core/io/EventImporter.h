#pragma once

#include "Status.h"
#include "io/ImportField.h"

#include <QCoreApplication>

class ImportContext;

// Rows of events: matched by date and folded title; a headcount becomes participants of
// unknown profession.
class EventImporter
{
    Q_DECLARE_TR_FUNCTIONS(EventImporter)

public:
    static QList<ImportField> fields();
    // Reads what the rows refer to, once, before the first row.
    static Status prepare(ImportContext& ctx);
    static void importRow(ImportContext& ctx, int row);
};
