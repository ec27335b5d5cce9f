#pragma once

#include "Result.h"
#include "model/Event.h"
#include "model/Person.h"
#include "model/ProgrammeItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

class Database;

// The activity report's reads of events, programmes, people and organisations: each one query
// for the whole report, however many events, items or seats it has (issue 9, point 6). A failed
// query is a failure, so that the report fails rather than silently lacking rows.
class ReportReads
{
    Q_DECLARE_TR_FUNCTIONS(ReportReads)

public:
    explicit ReportReads(const Database& db) : m_db(db) {}

    // Events from `from` through `to`, by date, start time and id (the fields the report shows).
    Result<QList<Event>> events(const QDate& from, const QDate& to) const;
    // The programme items of those events, by event, in programme order, with their lecturers.
    Result<QHash<qint64, QList<ProgrammeItem>>> programmes(const QDate& from, const QDate& to) const;
    // The people who hold a seat on any body or lecture at those events.
    Result<QHash<qint64, Person>> people(const QDate& from, const QDate& to) const;
    // Names of every organisation.
    Result<QHash<qint64, QString>> organisationNames() const;

private:
    const Database& m_db;
};
