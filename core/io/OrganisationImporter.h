#pragma once

#include "io/ImportField.h"

#include <QCoreApplication>

class ImportContext;

// Rows of organisations: matched by folded name; new ones added, changed ones updated.
class OrganisationImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationImporter)

public:
    static QList<ImportField> fields();
    static void importRow(ImportContext& ctx, int row);
};
