#include "service/EventService.h"

#include "counts/ParticipantCounts.h"
#include "db/Database.h"
#include "db/SearchKeys.h"
#include "text/TextFolding.h"
#include "domain/EventKinds.h"
#include "model/CodeItem.h"
#include "service/PeopleService.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/ProgrammeStore.h"
#include "store/SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

EventService::EventService(Services& services) : m_services(services) {}

Result<std::optional<Event>> EventService::get(qint64 id) const
{
    return EventStore(m_services.db()).get(id);
}

Result<Event> EventService::draft(bool meeting, const QDate& date, const QString& title) const
{
    const Database& db = m_services.db();
    const Result<qint64> organiser = BodyStore(db).defaultOrganiser(); // 0: none, the user picks one
    if (!organiser)
        return organiser.status();
    const Result<qint64> kind = CodeListStore(db).idOf(CodeListStore::EventKind, meeting ? Code::Meeting : Code::Training);
    if (!kind)
        return kind.status();
    Event e;
    e.date = date;
    e.kindId = *kind;
    e.bodyId = *organiser;
    e.title = title;
    return e;
}

Result<QList<EventService::ListRow>> EventService::list(const QDate& from, const QDate& to) const
{
    return rows(EventStore(m_services.db()).between(from, to));
}

Result<QList<EventService::ListRow>> EventService::rowsOf(const QList<qint64>& ids) const
{
    return rows(EventStore(m_services.db()).ofIds(ids));
}

Result<QList<Event>> EventService::search(const QString& text, int limit) const
{
    return EventStore(m_services.db()).search(text, limit);
}

Result<QList<EventService::ListRow>> EventService::rows(const Result<QList<Event>>& events) const
{
    if (!events)
        return events.status();
    const Database& db = m_services.db();
    const QString failed = tr("The events could not be read.");
    // Kind labels and organiser names: short lists, loaded once for every row.
    struct Kind
    {
        QString code, label;
    };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, code, label_ja, label_en FROM code WHERE list = ?"));
    q.addBindValue(CodeList::EventKind);
    const Result<QList<std::pair<qint64, Kind>>> kinds =
        SqlUtil::list<std::pair<qint64, Kind>>(q, failed, [](const QSqlQuery& r) {
            CodeItem item;
            item.labelJa = r.value(2).toString();
            item.labelEn = r.value(3).toString();
            return std::make_pair(r.value(0).toLongLong(), Kind{r.value(1).toString(), item.label()});
        });
    if (!kinds)
        return kinds.status();
    const QHash<qint64, Kind> kindOf(kinds->begin(), kinds->end());
    q.prepare(QStringLiteral("SELECT id, name FROM body"));
    const Result<QList<std::pair<qint64, QString>>> bodies = SqlUtil::list<std::pair<qint64, QString>>(
        q, failed, [](const QSqlQuery& r) { return std::make_pair(r.value(0).toLongLong(), r.value(1).toString()); });
    if (!bodies)
        return bodies.status();
    const QHash<qint64, QString> bodyName(bodies->begin(), bodies->end());
    QList<qint64> ids;
    for (const Event& e : *events)
        ids << e.id;
    const Result<QHash<qint64, int>> counts = ParticipantCounts(db).eventCounts(ids);
    if (!counts)
        return counts.status();

    QList<ListRow> result;
    result.reserve(events->size());
    for (const Event& e : *events) {
        ListRow row;
        row.event = e;
        row.kindCode = kindOf.value(e.kindId).code;
        row.kind = kindOf.value(e.kindId).label;
        row.organiser = bodyName.value(e.bodyId);
        if (counts->contains(e.id))
            row.participants = counts->value(e.id);
        row.meeting = EventKinds::isMeeting(row.kindCode);
        row.searchKey = SearchKeys::forEvent(e.title, e.theme, e.venue) + TextFolding::searchKeySeparator() +
                        TextFolding::fold(row.organiser);
        result << row;
    }
    return result;
}

Result<std::optional<bool>> EventService::isMeeting(qint64 id) const
{
    const Result<QList<ListRow>> found = rowsOf({id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return std::optional<bool>();
    return std::optional<bool>(found->first().meeting);
}

Result<QStringList> EventService::seriesNames() const
{
    return EventStore(m_services.db()).seriesNames();
}

Result<QList<ProgrammeItem>> EventService::programme(qint64 eventId) const
{
    return ProgrammeStore(m_services.db()).items(eventId);
}

Result<EventService::Contents> EventService::contents(qint64 id) const
{
    const Database& db = m_services.db();
    const Result<std::optional<Event>> event = EventStore(db).get(id);
    if (!event)
        return event.status();
    if (!*event)
        return Status::failure(tr("The event no longer exists."));
    const Result<QList<ProgrammeItem>> programme = ProgrammeStore(db).items(id);
    if (!programme)
        return programme.status();
    AttendanceStore attendance(db);
    const Result<QList<Attendance>> rows = attendance.forEvent(id);
    if (!rows)
        return rows.status();
    const Result<QList<Headcount>> headcounts = attendance.headcounts(id);
    if (!headcounts)
        return headcounts.status();
    return Contents{**event, *programme, *rows, *headcounts};
}

Result<qint64> EventService::add(const Event& event, const QList<ProgrammeItem>& programme)
{
    const QString failed = tr("The event \"%1\" could not be added.").arg(event.title);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    Event added = event;
    added.id = 0;
    if (const Status st = EventStore(m_services.db()).insert(added); !st)
        return st;
    QList<qint64> itemIds;
    for (ProgrammeItem item : programme) {
        item.id = 0;
        item.eventId = added.id;
        if (const Status st = ProgrammeStore(m_services.db()).insert(item); !st)
            return st;
        itemIds << item.id;
    }
    work.note({Change::Entity::Event, Change::Op::Inserted, {added.id}});
    if (!itemIds.isEmpty())
        work.note({Change::Entity::Programme, Change::Op::Inserted, itemIds, added.id});
    if (const Status st = work.commit(failed); !st)
        return st;
    return added.id;
}

Status EventService::update(const Event& event)
{
    const QString failed = tr("The event \"%1\" could not be saved.").arg(event.title);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = EventStore(m_services.db()).update(event); !st)
        return st;
    work.note({Change::Entity::Event, Change::Op::Updated, {event.id}});
    return work.commit(failed);
}

Status EventService::remove(qint64 id)
{
    const QString failed = tr("The event could not be deleted.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = EventStore(m_services.db()).remove(id); !st)
        return st;
    work.note({Change::Entity::Event, Change::Op::Removed, {id}});
    return work.commit(failed);
}

Status EventService::restore(const Contents& c)
{
    const QString failed = tr("The event could not be restored.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    const Database& db = m_services.db();
    Event event = c.event;
    if (const Status st = EventStore(db).insert(event); !st)
        return st;
    for (ProgrammeItem p : c.programme)
        if (const Status st = ProgrammeStore(db).insert(p); !st)
            return st;
    AttendanceStore attendance(db);
    for (Attendance a : c.attendance)
        if (const Status st = attendance.save(a); !st)
            return st;
    for (const Headcount& h : c.headcounts)
        if (const Status st = attendance.setHeadcount(h); !st)
            return st;
    work.note({Change::Entity::Event, Change::Op::Inserted, {event.id}});
    return work.commit(failed);
}

Result<qint64> EventService::addItem(const ProgrammeItem& item)
{
    const QString failed = tr("The programme item \"%1\" could not be added.").arg(item.title);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    ProgrammeItem added = item;
    added.id = 0;
    if (const Status st = ProgrammeStore(m_services.db()).insert(added); !st)
        return st;
    work.note({Change::Entity::Programme, Change::Op::Inserted, {added.id}, added.eventId});
    if (const Status st = work.commit(failed); !st)
        return st;
    return added.id;
}

Status EventService::updateItem(const ProgrammeItem& item)
{
    return updateItems({item});
}

Status EventService::updateItems(const QList<ProgrammeItem>& items)
{
    const QString failed = tr("The programme could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    for (const ProgrammeItem& item : items) {
        if (const Status st = ProgrammeStore(m_services.db()).update(item); !st)
            return st;
        work.note({Change::Entity::Programme, Change::Op::Updated, {item.id}, item.eventId});
    }
    return work.commit(failed);
}

Status EventService::removeItem(const ProgrammeItem& item)
{
    const QString failed = tr("The programme item could not be deleted.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = ProgrammeStore(m_services.db()).remove(item.id); !st)
        return st;
    work.note({Change::Entity::Programme, Change::Op::Removed, {item.id}, item.eventId});
    return work.commit(failed);
}

Status EventService::restoreItem(const ProgrammeItem& item)
{
    const QString failed = tr("The programme item \"%1\" could not be restored.").arg(item.title);
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    ProgrammeItem restored = item;
    if (const Status st = ProgrammeStore(m_services.db()).insert(restored); !st)
        return st;
    work.note({Change::Entity::Programme, Change::Op::Inserted, {restored.id}, restored.eventId});
    return work.commit(failed);
}

Result<qint64> EventService::addNewLecturer(const ProgrammeItem& item, const Person& person)
{
    const QString failed = tr("The programme could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    const Result<qint64> id = PeopleService(m_services).addOrRestore(person);
    if (!id)
        return id.status();
    ProgrammeItem after = item;
    if (!after.lecturerIds.contains(*id))
        after.lecturerIds << *id;
    if (const Status st = updateItem(after); !st)
        return st;
    if (const Status st = work.commit(failed); !st)
        return st;
    return *id;
}

Status EventService::removeNewLecturer(const ProgrammeItem& before, qint64 personId)
{
    const QString failed = tr("The programme could not be saved.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    if (const Status st = updateItem(before); !st)
        return st;
    if (const Status st = PeopleService(m_services).remove(personId); !st)
        return st;
    return work.commit(failed);
}
