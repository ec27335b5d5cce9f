#pragma once

#include "Result.h"
#include "Status.h"
#include "counts/CountTable.h"
#include "date/FiscalYear.h"
#include "export/CountsExport.h"
#include "report/ActivityReport.h"
#include "report/SignInSheet.h"
#include "report/YearFigures.h"

#include <QCoreApplication>
#include <QDate>

class Services;

// What the window's home and reports pages and the command line's report and counts commands
// read: the activity report, the year's figures, the counts and the fiscal years to offer.
// Each read takes a fixed number of queries and fails with a message when one fails.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Services& services) : m_services(services) {}

    Result<ActivityReport> activityReport(const FiscalYear& year, const QDate& issued) const;
    // Meetings and trainings held and planned, and the participants (home page).
    Result<YearFigures> yearFigures(const FiscalYear& year, const QDate& today) const;
    Result<CountTable> counts(const FiscalYear& year, CountTable::Breakdown by) const;
    // The year's participant counts written to `path` (CountsExport::write: whole or not at all).
    Status writeCounts(const FiscalYear& year, CountsExport::Kind kind, CountsExport::Format format,
                       const QString& path) const;
    // The same as bytes (the command line's standard output).
    Result<QByteArray> countsBytes(const FiscalYear& year, CountsExport::Kind kind, CountsExport::Format format) const;
    // The fiscal years a year picker offers: around `selected`, today and every event's year.
    Result<QList<FiscalYear>> fiscalYearChoices(const FiscalYear& selected, const QDate& today) const;

    // The sign-in sheet (出席簿) of an event; a failure when what it shows could not be read.
    Result<SignInSheet> signInSheet(qint64 eventId) const;
    // Writes it as PDF to `path` (SignInSheet::writePdf).
    Status writeSignInSheet(qint64 eventId, const QString& path) const;

private:
    Services& m_services;
};
