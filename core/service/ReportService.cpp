#include "service/ReportService.h"

#include "counts/ParticipantCounts.h"
#include "service/Services.h"
#include "store/EventStore.h"

Result<ActivityReport> ReportService::activityReport(const FiscalYear& year, const QDate& issued) const
{
    return ActivityReport::build(m_services.db(), year, issued);
}

Status ReportService::writeCounts(const FiscalYear& year, CountsExport::Kind kind, CountsExport::Format format,
                                  const QString& path) const
{
    return CountsExport::write(m_services.db(), year, kind, format, path);
}

Result<QByteArray> ReportService::countsBytes(const FiscalYear& year, CountsExport::Kind kind,
                                             CountsExport::Format format) const
{
    Status st;
    const auto bytes = CountsExport::toBytes(m_services.db(), year, kind, format, &st);
    if (!bytes)
        return st;
    return *bytes;
}

Result<YearFigures> ReportService::yearFigures(const FiscalYear& year, const QDate& today) const
{
    return YearFigures::compute(m_services.db(), year, today);
}

Result<CountTable> ReportService::counts(const FiscalYear& year, CountTable::Breakdown by) const
{
    Status st;
    const auto table = ParticipantCounts(m_services.db()).compute(year, by, &st);
    if (!table)
        return st;
    return *table;
}

Result<QList<FiscalYear>> ReportService::fiscalYearChoices(const FiscalYear& selected, const QDate& today) const
{
    Status st;
    QList<FiscalYear> years = EventStore(m_services.db()).fiscalYearChoices(selected, today, &st);
    if (!st)
        return st;
    return years;
}

Result<SignInSheet> ReportService::signInSheet(qint64 eventId) const
{
    SignInSheet sheet(m_services.db(), eventId);
    if (const Status st = sheet.status(); !st)
        return st;
    return sheet;
}

Status ReportService::writeSignInSheet(qint64 eventId, const QString& path) const
{
    return SignInSheet::writePdf(m_services.db(), eventId, path);
}
