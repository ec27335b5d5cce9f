#pragma once

#include "Status.h"
#include "model/Attendance.h"
#include "model/Event.h"

#include <QList>
#include <QString>
#include <optional>

class Database;

// The people of one event in the one order the secretariat works in: the organiser body's
// members whose term covers the event date, the lecturers of its programme and everyone with an
// attendance row, grouped by
// organisation (by its reading, people without one last) and by reading within it. The
// Attendance tab and the printed sign-in sheet both show this list, so the paper and the
// screen read alike. A 代理出席 row (someone who came for a member) is shown on the member's
// entry with the name of whoever came.
class EventRoster
{
public:
    struct Entry
    {
        qint64 personId = 0;
        QString name;
        QString reading;
        // As of the event when an attendance row exists, else the person's current ones.
        qint64 organisationId = 0;
        QString organisation;
        QString profession;
        bool member = false;
        std::optional<Attendance> attendance;
        QString substitute; // who came in a member's place
    };

    // Loads the roster of `eventId`; no event and no entries when it does not exist, or when a
    // read failed (status() then says why: a roster that lacks rows is never shown as whole).
    EventRoster(const Database& db, qint64 eventId);

    const Status& status() const { return m_status; }
    const std::optional<Event>& event() const { return m_event; }
    const QList<Entry>& entries() const { return m_entries; }

private:
    Status load(const Database& db, qint64 eventId);

    Status m_status;
    std::optional<Event> m_event;
    QList<Entry> m_entries;
};
