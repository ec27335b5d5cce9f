#pragma once

#include "pages/Page.h"

class ActivityReportPanel;
class CountsExportPanel;
class QLabel;

// 報告・出力: the fiscal year's activity report and the participant counts for spreadsheets,
// each one action: choose the kind and format, then preview, print or save.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Reports"); }

    ActivityReportPanel* activityReport() const { return m_report; }
    CountsExportPanel* countsExport() const { return m_counts; }
    QLabel* lastSaved() const { return m_lastSaved; }

protected:
    void reload() override;
    void clear() override;

private:
    void showSaved(const QString& path);

    QLabel* m_heading;
    ActivityReportPanel* m_report;
    CountsExportPanel* m_counts;
    QLabel* m_lastSaved;
};
