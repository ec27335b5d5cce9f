#pragma once

#include <QString>

// A named person's attendance at an event. Profession and organisation are as of the event.
struct Attendance
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 personId = 0;
    qint64 statusId = 0;
    qint64 roleId = 0;
    qint64 substituteForId = 0;
    qint64 professionId = 0;
    qint64 organisationId = 0;
    QString note;

    bool operator==(const Attendance&) const = default;
};
