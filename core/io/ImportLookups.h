#pragma once

#include "Status.h"
#include "model/Attendance.h"
#include "model/Body.h"
#include "model/Event.h"
#include "model/Organisation.h"
#include "model/Person.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <utility>
#include <vector>

class Database;

// What an import refers to, read once before its first row with one query per kind and kept up
// to date as the import writes: organisations and people by their SameName key, the events of
// the file's dates with their attendance, lecturers and unknown-profession headcounts, and the
// bodies. A row then finds what it names in a hash instead of asking the database, so an
// import runs a number of reads that does not grow with its rows.
class ImportLookups
{
public:
    explicit ImportLookups(const Database& db) : m_db(db) {}

    Status loadOrganisations();
    Status loadPeople();
    Status loadBodies();
    // The events from `from` to `to`, with their attendance, lecturers and the headcounts of the
    // profession `unknownProfessionId`.
    Status loadEvents(const QDate& from, const QDate& to, qint64 unknownProfessionId);

    // The organisation of that name (the first in 五十音順, as OrganisationStore::findByName
    // gives them); null if there is none.
    const Organisation* organisation(const QString& name);
    void organisationWritten(const Organisation& org);

    // People of that name, in `organisationId` when it is not 0: the first by id (null when
    // none) and how many there are.
    struct PersonMatch
    {
        const Person* first = nullptr;
        int count = 0;
    };
    PersonMatch people(const QString& name, qint64 organisationId);
    const Person* person(qint64 id) const;
    void personWritten(const Person& person);

    // Events on `date`; with a title, only those whose title folds the same (EventStore::findByDate).
    QList<Event> eventsOn(const QDate& date, const QString& title);
    void eventWritten(const Event& event);

    const Attendance* attendance(qint64 eventId, qint64 personId) const;
    void attendanceWritten(const Attendance& attendance);
    // Room for `rows` more attendance rows, so that an import's rows do not rehash them all again and again.
    void reserveAttendance(qsizetype rows) { m_attendance.reserve(m_attendance.size() + rows); }
    bool isLecturer(qint64 eventId, qint64 personId) const { return m_lecturers.contains({eventId, personId}); }
    int unknownHeadcount(qint64 eventId) const { return m_unknownHeadcounts.value(eventId); }
    void unknownHeadcountWritten(qint64 eventId, int count) { m_unknownHeadcounts.insert(eventId, count); }

    // The body whose name or short name folds like `name` (BodyStore::find); 0 if none.
    qint64 body(const QString& name) const;
    QStringList bodyNames() const;

private:
    // Names numbered by their SameName key: a name as written -> its slot, folded once per
    // spelling, so that a row finds its organisation and person with one hash look-up each.
    int slotOf(const QString& name);
    const QString& titleKey(const QString& title);

    const Database& m_db;
    QHash<QString, int> m_slotByName; // as written
    QHash<QString, int> m_slotByKey;  // SameName::key
    QHash<QString, QString> m_titleKeys;

    QList<Organisation> m_organisations;
    QHash<qint64, qsizetype> m_organisationIndex;   // id -> index
    std::vector<qsizetype> m_organisationBySlot;    // the first in 五十音順; -1: none

    QList<Person> m_people;
    QHash<qint64, qsizetype> m_personIndex;
    std::vector<QList<qsizetype>> m_peopleBySlot;   // ascending id

    QHash<QDate, QList<Event>> m_eventsByDate; // ascending id
    QHash<std::pair<qint64, qint64>, Attendance> m_attendance;
    QSet<std::pair<qint64, qint64>> m_lecturers;
    QHash<qint64, int> m_unknownHeadcounts;

    QList<Body> m_bodies;
};
