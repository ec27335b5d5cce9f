#pragma once

#include "Status.h"
#include "counts/CountTable.h"
#include "date/FiscalYear.h"
#include "export/CountSheet.h"

#include <QCoreApplication>

#include <optional>

class Database;
struct CountMatrix;

// Lays out the participant counts of a fiscal year as the tables people open in Excel.
// The counting itself is ParticipantCounts'; this only arranges rows, headers and totals.
class CountSheetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CountSheetBuilder)

public:
    enum class Kind { EventProfession, Profession, ProfessionGroup, Organisation, Event };

    static QList<Kind> kinds(); // in workbook order
    // The command-line name: event-profession, profession, profession-group, organisation, event.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);

    explicit CountSheetBuilder(const Database& db);
    std::optional<CountSheet> build(const FiscalYear& year, Kind kind, Status* status) const;

private:
    CountSheet matrixSheet(const CountMatrix& matrix) const;
    CountSheet tableSheet(const CountTable& table) const;

    const Database& m_db;
};
