#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Lecture.h"
#include "model/ProgrammeItem.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes the programme items of events and their lecturers.
class ProgrammeStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeStore)

public:
    explicit ProgrammeStore(const Database& db);

    // The event's items with their lecturers; a failure when a query fails.
    Result<QList<ProgrammeItem>> items(qint64 eventId) const;
    // The items `personId` lectured at, newest event first, in programme order within an event.
    QList<Lecture> lecturesOf(qint64 personId) const;
    // True when `personId` is a lecturer of any item of `eventId`'s programme.
    Result<bool> isLecturerOf(qint64 eventId, qint64 personId) const;
    Status insert(ProgrammeItem& item);
    Status update(const ProgrammeItem& item);
    Status remove(qint64 id);

private:
    Status writeLecturers(qint64 itemId, const QList<qint64>& lecturerIds, const QString& failed);

    const Database& m_db;
};
