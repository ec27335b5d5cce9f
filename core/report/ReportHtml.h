#pragma once

#include "report/ActivityReport.h"

#include <QCoreApplication>
#include <QSet>
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
    // leaves the chart out. `breaks` are the body rows (counted through all tables, headers
    // not counted) that start a new page: their table is split there and its header repeated.
    static QString build(const ActivityReport& report, const QString& chartSource,
                         const QSet<int>& breaks = {});
    // The document's title: 令和6年度 <council> 活動報告.
    static QString title(const ActivityReport& report);

private:
    ReportHtml(const ActivityReport& report, const QSet<int>& breaks) : m_report(report), m_breaks(breaks) {}
    static QString ja(const char* source);
    QString table(const QString& headerCells, const QStringList& rows);
    QString bodies();
    QString meetings();
    QString trainings();
    QString professions();
    QString organisations();
    QString years();

    const ActivityReport& m_report;
    const QSet<int>& m_breaks;
    int m_row = 0;
};
