#pragma once

#include "report/ActivityReport.h"
#include "report/ReportDocument.h"

#include <QString>

// Lays out the activity report (its ReportDocument) as HTML that both QTextDocument (PDF, print)
// and a web browser render: title block, then 推進体制, 会議の開催状況, 研修会の実施状況 (the
// seed's table), 職種別参加者数, 団体別参加状況, the three years side by side and the chart.
namespace ReportHtml {
// `chartSource` is the <img> source of the chart (a resource name or a data: URL); empty
// leaves the chart out. Tables have their header row in <thead> (see PagedDocument).
QString build(const ActivityReport& report, const QString& chartSource);
QString build(const ReportDocument& document, const QString& chartSource);
// The document's title: 令和6年度 <council> 活動報告.
QString title(const ActivityReport& report);
} // namespace ReportHtml
