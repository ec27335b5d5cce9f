#pragma once

#include "Status.h"
#include "io/ImportField.h"

#include <QCoreApplication>

class ImportContext;

// Rows of organisations: matched by folded name; new ones added, changed ones updated.
class OrganisationImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationImporter)

public:
    static QList<ImportField> fields();
    // Reads what the rows refer to, once, before the first row.
    static Status prepare(ImportContext& ctx);
    static void importRow(ImportContext& ctx, int row);
};
