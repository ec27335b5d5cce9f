#pragma once

#include "report/ActivityReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Lays out the activity report as HTML that both QTextDocument (PDF, ODT, print) and a web
// browser render: title block, then 推進体制, 会議の開催状況, 研修会の実施状況 (the seed's
// table), 職種別参加者数, 団体別参加状況, the three years side by side and the chart.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    // `chartSource` is the <img> source of the chart (a resource name or a data: URL); empty
    // leaves the chart out. Tables have their header row in <thead> (see PagedDocument).
    static QString build(const ActivityReport& report, const QString& chartSource);
    // The document's title: 令和6年度 <council> 活動報告.
    static QString title(const ActivityReport& report);

private:
    explicit ReportHtml(const ActivityReport& report) : m_report(report) {}
    static QString ja(const char* source);
    QString table(const QString& headerCells, const QStringList& rows);
    QString bodies();
    QString meetings();
    QString trainings();
    QString professions();
    QString organisations();
    QString years();

    const ActivityReport& m_report;
};
