#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Attendance.h"
#include "model/Event.h"
#include "model/Headcount.h"
#include "model/Person.h"
#include "model/ProgrammeItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

class Services;

// Events with their programme, lecturers and co-organisers: every workflow of the 会議 and
// 研修会・事例検討会 pages, the command line and the importers goes through here. Each write is
// one transaction and announces what it changed (Change::Entity::Event, Programme, …).
class EventService
{
    Q_DECLARE_TR_FUNCTIONS(EventService)

public:
    // An event with what the event lists show beside it, read for many events at once.
    struct ListRow
    {
        Event event;
        QString kindCode;
        QString kind;      // label in the UI language
        QString organiser; // the organiser body's name
        std::optional<int> participants; // none when nothing was recorded
        bool meeting = false; // EventKinds::isMeeting
        QString searchKey;    // folded title, theme, venue and organiser (the list's search box)
    };
    // Everything a deleted event takes with it, to put back (undo).
    struct Contents
    {
        Event event;
        QList<ProgrammeItem> programme;
        QList<Attendance> attendance;
        QList<Headcount> headcounts;
    };

    explicit EventService(Services& services);

    Result<std::optional<Event>> get(qint64 id) const;
    // A new meeting (or training) on `date`: its kind, and the council as organiser.
    Result<Event> draft(bool meeting, const QDate& date, const QString& title) const;
    // The events from `from` to `to` with their list columns, in a fixed number of queries.
    Result<QList<ListRow>> list(const QDate& from, const QDate& to) const;
    // The list rows of `ids` (those still there), in the same fixed number of queries.
    Result<QList<ListRow>> rowsOf(const QList<qint64>& ids) const;
    // Events whose folded search key (title, theme, venue, organiser) contains `text`, newest
    // first: one query.
    Result<QList<Event>> search(const QString& text, int limit = 200) const;
    // Whether the event is a meeting (EventKinds::isMeeting); none when there is no such event.
    Result<std::optional<bool>> isMeeting(qint64 id) const;
    Result<QStringList> seriesNames() const;
    Result<QList<ProgrammeItem>> programme(qint64 eventId) const;
    Result<Contents> contents(qint64 id) const;

    // Adds `event` with `programme` (items copied from another event: their ids are ignored).
    Result<qint64> add(const Event& event, const QList<ProgrammeItem>& programme = {});
    Status update(const Event& event);
    Status remove(qint64 id);
    // Puts a removed event back with its own ids and everything it took with it.
    Status restore(const Contents& contents);

    Result<qint64> addItem(const ProgrammeItem& item);
    Status updateItem(const ProgrammeItem& item);
    // Several items at once (a reordering): one transaction.
    Status updateItems(const QList<ProgrammeItem>& items);
    Status removeItem(const ProgrammeItem& item);
    // Puts a removed item back with its own id.
    Status restoreItem(const ProgrammeItem& item);
    // A lecturer new to the council: adds `person` through PeopleService (or, when it has an id,
    // puts them back under it: redo) and names them among the lecturers of `item`, in one
    // transaction. Returns the person's id.
    Result<qint64> addNewLecturer(const ProgrammeItem& item, const Person& person);
    // Its undo: the item as `before`, and the new person removed, in one transaction.
    Status removeNewLecturer(const ProgrammeItem& before, qint64 personId);

private:
    Result<QList<ListRow>> rows(const Result<QList<Event>>& events) const;

    Services& m_services;
};
