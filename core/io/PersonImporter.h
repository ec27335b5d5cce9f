#pragma once

#include "Status.h"
#include "io/ImportField.h"

#include <QCoreApplication>

class ImportContext;

// Rows of people: matched by folded name within their organisation; organisations named
// in a row that do not exist yet are created.
class PersonImporter
{
    Q_DECLARE_TR_FUNCTIONS(PersonImporter)

public:
    static QList<ImportField> fields();
    // Reads what the rows refer to, once, before the first row.
    static Status prepare(ImportContext& ctx);
    static void importRow(ImportContext& ctx, int row);
};
