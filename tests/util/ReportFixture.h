#pragma once

#include "db/Database.h"
#include "report/ActivityReport.h"

#include <QDebug>

// The activity report of 令和6年度 for a Kaga sample database, issued on 2025-05-20; an empty
// report (with a warning) if it cannot be built.
inline ActivityReport kagaReport2024(const Database& db)
{
    Status st;
    const auto report = ActivityReport::build(db, FiscalYear(2024), QDate(2025, 5, 20), &st);
    if (!report)
        qWarning() << st.fullText();
    return report.value_or(ActivityReport());
}

// `report` with forty more trainings, copies of its first with programmes of varying length and
// a lecturer each: a busy year whose training table runs over several pages.
inline ActivityReport withManyTrainings(ActivityReport report)
{
    const ActivityReport::Training model = report.trainings.value(0);
    for (int i = 0; i < 40; ++i) {
        ActivityReport::Training t = model;
        t.number = i + 3;
        t.date = QDate(2024, 4, 10).addDays(i * 8);
        t.title = QStringLiteral("多職種連携研修会 第%1回").arg(i + 3);
        t.participants = 10 + i;
        for (int k = 0; k < i % 5; ++k)
            t.programme.append({QStringLiteral("講義"), {QStringLiteral("多職種連携の実際について（その%1）").arg(k + 1)}});
        t.lecturers = {ActivityReport::Lecturer{QStringLiteral("加賀市医療センター 地域連携センター 医師"),
                                                QStringLiteral("講師%1 先生").arg(i + 1)}};
        report.trainings << t;
    }
    return report;
}
