#pragma once

#include "Result.h"
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

    Result<QList<ProgrammeItem>> items(qint64 eventId) const;
    // The items of every event of `eventIds`, in one query, in programme order within an event.
    Result<QList<ProgrammeItem>> itemsOf(const QList<qint64>& eventIds) const;
    // The items `personId` lectured at, newest event first, in programme order within an event.
    Result<QList<Lecture>> lecturesOf(qint64 personId) const;
    // Whether `personId` is a lecturer of any item of `eventId`'s programme (a failed query is
    // a failure, never "no").
    Result<bool> isLecturerOf(qint64 eventId, qint64 personId) const;
    // (event, person) of every lecturer of the events from `from` to `to`, in one query (an
    // import's lookups).
    Result<QList<std::pair<qint64, qint64>>> lecturersBetween(const QDate& from, const QDate& to) const;
    // An item inserted with its id set keeps it (an item restored by undo).
    Status insert(ProgrammeItem& item);
    Status update(const ProgrammeItem& item);
    Status remove(qint64 id);

private:
    Result<QList<ProgrammeItem>> select(const QString& where, const QVariantList& values) const;
    Status writeLecturers(qint64 itemId, const QList<qint64>& lecturerIds, const QString& failed);

    const Database& m_db;
};
