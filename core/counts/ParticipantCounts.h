#pragma once

#include "Result.h"
#include "Status.h"
#include "counts/CountMatrix.h"
#include "counts/CountTable.h"
#include "date/FiscalYear.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <functional>

class Database;
class QSqlQuery;

// The one place participant counts are computed. An event's count is its named participants
// (participantRule) plus its headcounts; lecturers and secretariat staff are not participants.
class ParticipantCounts
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantCounts)

public:
    // Labels of professions, groups and unknowns: in the UI language, or always Japanese (for
    // documents such as the activity report).
    enum class Labels { Ui, Japanese };
    explicit ParticipantCounts(const Database& db, Labels labels = Labels::Ui);

    std::optional<CountTable> compute(const FiscalYear& year, CountTable::Breakdown by, Status* status) const;
    // Events by profession; the cells add up to the event and profession breakdowns.
    std::optional<CountMatrix> computeMatrix(const FiscalYear& year, Status* status) const;
    // The same for one event (the live tally of the attendance tab); fiscalYear stays 0.
    std::optional<CountTable> computeForEvent(qint64 eventId, CountTable::Breakdown by, Status* status) const;
    // Who counts as a participant, the one rule: a named attendee whose status is one of
    // Code::attendedStatuses() (出席, 代理出席) and whose role is Code::Participant (参加者). An SQL
    // condition on the status code row `status` and the role code row `role`; bindRule() binds it.
    static QString participantRule(const QString& status, const QString& role);
    static void bindRule(QSqlQuery& q);

    // One event's count; none when no attendance or headcount was ever recorded for it.
    std::optional<int> eventCount(qint64 eventId) const;
    // The counts of `eventIds` in one query; an event without any record is left out.
    Result<QHash<qint64, int>> eventCounts(const QList<qint64>& eventIds) const;
    // Who attended `eventId` (出席 or 代理出席) but is not counted, by role in the code list's
    // order: 講師 — 白﨑直樹, 長谷川英裕.
    struct NotCounted
    {
        QString role;
        QStringList names;
    };
    std::optional<QList<NotCounted>> notCounted(qint64 eventId, Status* status) const;

private:
    static void bindYear(QSqlQuery& q, const FiscalYear& year);
    QString rowsQuery(CountTable::Breakdown by, const QString& eventsWhere) const;
    std::optional<CountTable> run(const QString& eventsWhere, const std::function<void(QSqlQuery&)>& bind,
                                  CountTable::Breakdown by, Status* status) const;

    bool japanese() const;
    QString text(const char* source) const;

    const Database& m_db;
    Labels m_labels;
};
