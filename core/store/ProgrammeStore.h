#pragma once

#include "Status.h"
#include "model/Lecture.h"
#include "model/ProgrammeItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <utility>

class Database;

// Reads and writes the programme items of events and their lecturers.
class ProgrammeStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeStore)

public:
    explicit ProgrammeStore(const Database& db);

    QList<ProgrammeItem> items(qint64 eventId) const;
    // The items `personId` lectured at, newest event first, in programme order within an event.
    QList<Lecture> lecturesOf(qint64 personId) const;
    // True when `personId` is a lecturer of any item of `eventId`'s programme.
    bool isLecturerOf(qint64 eventId, qint64 personId) const;
    // (event, person) of every lecturer of the events from `from` to `to` (an import's lookups);
    // a failed query is reported in `status`.
    QList<std::pair<qint64, qint64>> lecturersBetween(const QDate& from, const QDate& to, Status* status) const;
    Status insert(ProgrammeItem& item);
    Status update(const ProgrammeItem& item);
    Status remove(qint64 id);

private:
    Status writeLecturers(qint64 itemId, const QList<qint64>& lecturerIds, const QString& failed);

    const Database& m_db;
};
