#pragma once

#include "counts/CountTable.h"

#include <QCoreApplication>

// Serialises participant counts as JSON for scripts (spreadsheets: export/CountsExport).
class CountTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CountTableWriter)

public:
    static QByteArray toJson(const CountTable& table);
};
