#pragma once

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
    static void importRow(ImportContext& ctx, int row);
};
