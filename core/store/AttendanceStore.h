#pragma once

#include "Status.h"
#include "model/Attendance.h"
#include "model/Headcount.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes named attendance and per-profession headcounts of events.
class AttendanceStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)

public:
    explicit AttendanceStore(const Database& db);

    QList<Attendance> forEvent(qint64 eventId) const;
    QList<Attendance> forPerson(qint64 personId) const;
    std::optional<Attendance> find(qint64 eventId, qint64 personId) const;
    // Inserts, or updates the row of the same event and person.
    Status save(Attendance& attendance);
    Status remove(qint64 id);

    QList<Headcount> headcounts(qint64 eventId) const;
    // Sets the count of one profession; a count of 0 removes the row.
    Status setHeadcount(const Headcount& headcount);

private:
    QList<Attendance> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};
