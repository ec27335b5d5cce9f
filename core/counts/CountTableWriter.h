#pragma once

#include "counts/CountTable.h"

#include <QCoreApplication>

// Serialises participant counts: JSON for scripts, CSV (with a total row) for Excel.
class CountTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CountTableWriter)

public:
    static QByteArray toJson(const CountTable& table);
    static QString toCsv(const CountTable& table);
};
