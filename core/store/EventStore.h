#pragma once

#include "Result.h"
#include "Status.h"
#include "date/FiscalYear.h"
#include "model/Event.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// Reads and writes events with their co-organisers and series.
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)

public:
    explicit EventStore(const Database& db);

    // None when there is no such event; a failure when the query fails.
    Result<std::optional<Event>> get(qint64 id) const;
    // Events from `from` to `to` inclusive, by date and start time.
    Result<QList<Event>> between(const QDate& from, const QDate& to) const;
    QList<Event> all() const;
    // Events on `date`; with a title, only those whose title folds the same.
    QList<Event> findByDate(const QDate& date, const QString& title = QString()) const;
    Result<QList<Event>> search(const QString& text, int limit = 200) const;
    // The series names events use, sorted; a name no event uses any more is left out.
    QStringList seriesNames() const;
    // The fiscal years a window offers to choose from (FiscalYear::choices) from the oldest
    // event's to the newest event's, so a year without events between two with events is
    // there too. A failed query is reported in `status` (the years without the events' span
    // are returned).
    QList<FiscalYear> fiscalYearChoices(const FiscalYear& selected, const QDate& today,
                                        Status* status = nullptr) const;

    // Insert and update write the event, its series and co-organisers in one transaction.
    Status insert(Event& event);
    Status update(const Event& event);
    Status remove(qint64 id);

private:
    Result<QList<Event>> select(const QString& where, const QVariantList& values) const;
    Status write(Event& event, bool isNew);
    std::optional<qint64> seriesId(const QString& name, Status* st);

    const Database& m_db;
};
