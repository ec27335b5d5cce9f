#pragma once

#include <QList>
#include <QMetaType>

// What a committed service call changed, so that every view can apply exactly that (insert,
// update or remove those rows) instead of reloading everything. Services publish them through
// ChangeHub after their transaction committed; a change by another program cannot be known
// this way and is announced as ChangeHub::reloadNeeded() instead.
struct Change
{
    enum class Entity {
        Person,
        Organisation,
        Event,
        Programme,  // an event's programme items and lecturers; owner = the event
        Attendance, // owner = the event
        Headcount,  // owner = the event
        Body,
        Membership, // owner = the body
        CodeItem,
        Settings,
    };
    enum class Op { Inserted, Updated, Removed };

    Entity entity;
    Op op;
    QList<qint64> ids;
    qint64 owner = 0; // the record the changed rows belong to, where the entity says so

    bool touches(Entity e) const { return entity == e; }
    bool operator==(const Change&) const = default;
};

using Changes = QList<Change>;

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(Changes)
