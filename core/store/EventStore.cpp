#include "store/EventStore.h"

#include "db/Database.h"
#include "db/RecordMap.h"
#include "db/SearchKeys.h"
#include "db/SqlDialect.h"
#include "db/TransactionGuard.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
// The event's own columns; its series (a name in table series) and co-organisers (table
// event_co_organiser) are read and written beside them.
const RecordMap<Event>& eventMap()
{
    static const RecordMap<Event> map =
        RecordMap<Event>(QStringLiteral("event"), &Event::id)
            .reference(QStringLiteral("kind_id"), &Event::kindId)
            .reference(QStringLiteral("body_id"), &Event::bodyId)
            // Not numbered is NULL (the schema allows only positive numbers); read beside the map.
            .derived(QStringLiteral("number"),
                     [](const Event& e) { return e.number > 0 ? QVariant(e.number) : QVariant(QMetaType(QMetaType::Int)); })
            .date(QStringLiteral("date"), &Event::date)
            .time(QStringLiteral("start_time"), &Event::startTime)
            .time(QStringLiteral("end_time"), &Event::endTime)
            .text(QStringLiteral("venue"), &Event::venue)
            .trimmedText(QStringLiteral("title"), &Event::title)
            .text(QStringLiteral("theme"), &Event::theme)
            .text(QStringLiteral("purpose"), &Event::purpose)
            .text(QStringLiteral("outcomes"), &Event::outcomes)
            .reference(QStringLiteral("format_id"), &Event::formatId)
            .text(QStringLiteral("minutes"), &Event::minutes)
            .text(QStringLiteral("note"), &Event::note)
            .derived(QStringLiteral("search_key"),
                     [](const Event& e) { return QVariant(SearchKeys::forEvent(e.title, e.theme, e.venue)); });
    return map;
}

Event fromQuery(const QSqlQuery& q)
{
    Event e = eventMap().read(q);
    const int next = eventMap().width();
    e.number = q.value(next).toInt();
    e.series = q.value(next + 1).toString();
    for (const QString& id : q.value(next + 2).toString().split(u',', Qt::SkipEmptyParts))
        e.coOrganiserIds << id.toLongLong();
    return e;
}
} // namespace

EventStore::EventStore(const Database& db) : m_db(db) {}

Result<QList<Event>> EventStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, e.number, s.name, %3 "
                             "FROM event e LEFT JOIN series s ON s.id = e.series_id %2")
                  .arg(eventMap().selectList(QStringLiteral("e")), where,
                       SqlDialect::listOf(m_db, QStringLiteral("c.body_id"),
                                          QStringLiteral("event_co_organiser c WHERE c.event_id = e.id"),
                                          QStringLiteral("c.body_id"))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Event>(q, tr("The events could not be read."), fromQuery);
}

Result<std::optional<Event>> EventStore::get(qint64 id) const
{
    const Result<QList<Event>> list = select(QStringLiteral("WHERE e.id = ?"), {id});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Event>() : std::optional<Event>(list->first());
}

Result<QList<Event>> EventStore::ofIds(const QList<qint64>& ids) const
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    // Ids are numbers: listed in the statement, so that any number of them is one query.
    return select(QStringLiteral("WHERE e.id IN (%1) ORDER BY e.date, e.start_time, e.id")
                      .arg(numbers.isEmpty() ? QStringLiteral("NULL") : numbers.join(u',')),
                  {});
}

Result<QList<Event>> EventStore::between(const QDate& from, const QDate& to) const
{
    return select(QStringLiteral("WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.start_time, e.id"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<QList<Event>> EventStore::all() const
{
    return select(QStringLiteral("ORDER BY e.date, e.start_time, e.id"), {});
}

Result<QList<Event>> EventStore::findByDate(const QDate& date, const QString& title) const
{
    Result<QList<Event>> onDate = select(QStringLiteral("WHERE e.date = ? ORDER BY e.id"), {date.toString(Qt::ISODate)});
    if (!onDate || title.trimmed().isEmpty())
        return onDate;
    const QString key = TextFolding::fold(title);
    QList<Event> result;
    for (const Event& e : *onDate)
        if (TextFolding::fold(e.title) == key)
            result << e;
    return result;
}

Result<QList<Event>> EventStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    return select(QStringLiteral("WHERE instr(e.search_key, ?) > 0 ORDER BY e.date DESC LIMIT %1").arg(limit), {key});
}

Result<QStringList> EventStore::seriesNames() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM series s WHERE EXISTS (SELECT 1 FROM event e WHERE e.series_id = s.id) "
                             "ORDER BY name"));
    const Result<QList<QString>> names = SqlUtil::list<QString>(q, tr("The series names could not be read."),
                                                                [](const QSqlQuery& r) { return r.value(0).toString(); });
    if (!names)
        return names.status();
    return QStringList(*names);
}

QList<FiscalYear> EventStore::fiscalYearChoices(const FiscalYear& selected, const QDate& today,
                                                Status* status) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const Status st = SqlUtil::exec(q, QStringLiteral("SELECT MIN(date), MAX(date) FROM event"),
                                    tr("The fiscal years of the events could not be read."));
    if (status)
        *status = st;
    QDate oldest, newest;
    if (st && q.next()) {
        oldest = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        newest = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return FiscalYear::choices(selected, today, oldest, newest);
}

Result<qint64> EventStore::seriesId(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    const QString failed = tr("The series \"%1\" could not be saved.").arg(trimmed);
    QSqlQuery q(m_db.connection());
    // One statement whether the series is new or not: the no-op update makes RETURNING give the
    // existing row's id.
    q.prepare(QStringLiteral("INSERT INTO series (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name "
                             "RETURNING id"));
    q.addBindValue(trimmed);
    return SqlUtil::insertReturningId(q, failed);
}

Status EventStore::write(Event& event, bool isNew)
{
    const QString failed = tr("The event \"%1\" could not be saved.").arg(event.title);
    if (!event.date.isValid())
        return Status::failure(failed, tr("The event has no valid date."));
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    const Result<qint64> series = seriesId(event.series);
    if (!series)
        return series.status();
    QSqlQuery q(m_db.connection());
    qint64 id = event.id;
    if (isNew) {
        const bool withId = event.id > 0;
        q.prepare(eventMap().insertSql(withId));
        eventMap().bindInsert(q, event, withId);
        const Result<qint64> added = SqlUtil::insertReturningId(q, failed);
        if (!added)
            return added.status();
        id = *added;
    } else {
        q.prepare(eventMap().updateSql());
        eventMap().bindUpdate(q, event);
        if (const Status st = SqlUtil::exec(q, failed); !st)
            return st;
    }
    q.prepare(QStringLiteral("UPDATE event SET series_id = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::idOrNull(*series));
    q.addBindValue(id);
    if (const Status st = SqlUtil::exec(q, failed); !st)
        return st;
    q.prepare(QStringLiteral("DELETE FROM event_co_organiser WHERE event_id = ?"));
    q.addBindValue(id);
    if (const Status st = SqlUtil::exec(q, failed); !st)
        return st;
    for (qint64 bodyId : event.coOrganiserIds) {
        q.prepare(QStringLiteral("INSERT INTO event_co_organiser (event_id, body_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(id);
        q.addBindValue(bodyId);
        if (const Status st = SqlUtil::exec(q, failed); !st)
            return st;
    }
    if (!tx.commit())
        return Status::failure(failed, tx.errorText());
    event.id = id;
    return Status::success();
}

Status EventStore::insert(Event& event)
{
    return write(event, true);
}

Status EventStore::update(const Event& event)
{
    Event copy = event;
    return write(copy, false);
}

Status EventStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM event WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The event could not be deleted."));
}
