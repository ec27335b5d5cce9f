#include "store/EventStore.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "db/TransactionGuard.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral(
    "e.id, e.kind_id, e.body_id, s.name, e.number, e.date, e.start_time, e.end_time, e.venue, e.title, e.theme, "
    "e.purpose, e.outcomes, e.format_id, e.minutes, e.note, "
    "(SELECT group_concat(body_id) FROM event_co_organiser c WHERE c.event_id = e.id)");

Event fromQuery(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.kindId = q.value(1).toLongLong();
    e.bodyId = q.value(2).toLongLong();
    e.series = q.value(3).toString();
    e.number = q.value(4).toInt();
    e.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.startTime = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
    e.endTime = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    e.venue = q.value(8).toString();
    e.title = q.value(9).toString();
    e.theme = q.value(10).toString();
    e.purpose = q.value(11).toString();
    e.outcomes = q.value(12).toString();
    e.formatId = q.value(13).toLongLong();
    e.minutes = q.value(14).toString();
    e.note = q.value(15).toString();
    const QString co = q.value(16).toString();
    for (const QString& id : co.split(u',', Qt::SkipEmptyParts))
        e.coOrganiserIds << id.toLongLong();
    return e;
}

QVariant timeOrNull(const QTime& t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

EventStore::EventStore(const Database& db) : m_db(db) {}

Result<QList<Event>> EventStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM event e LEFT JOIN series s ON s.id = e.series_id %2")
                  .arg(Columns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Event>(q, tr("The events could not be read."), fromQuery);
}

Result<std::optional<Event>> EventStore::get(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE e.id = ?"), {id});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Event>() : std::optional<Event>(list->first());
}

Result<QList<Event>> EventStore::between(const QDate& from, const QDate& to) const
{
    return select(QStringLiteral("WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.start_time, e.id"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QList<Event> EventStore::all() const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    return select(QStringLiteral("ORDER BY e.date, e.start_time, e.id"), {}).valueOr({});
}

QList<Event> EventStore::findByDate(const QDate& date, const QString& title) const
{
    const QList<Event> onDate =
        select(QStringLiteral("WHERE e.date = ? ORDER BY e.id"), {date.toString(Qt::ISODate)}).valueOr({});
    if (title.trimmed().isEmpty())
        return onDate;
    const QString key = TextFolding::fold(title);
    QList<Event> result;
    for (const Event& e : onDate)
        if (TextFolding::fold(e.title) == key)
            result << e;
    return result;
}

Result<QList<Event>> EventStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    return select(QStringLiteral("WHERE instr(e.search_key, ?) > 0 ORDER BY e.date DESC LIMIT %1").arg(limit), {key});
}

QStringList EventStore::seriesNames() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM series s WHERE EXISTS (SELECT 1 FROM event e WHERE e.series_id = s.id) "
                              "ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
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

std::optional<qint64> EventStore::seriesId(const QString& name, Status* st)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO series (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(trimmed);
    *st = SqlUtil::exec(q, tr("The series \"%1\" could not be saved.").arg(trimmed));
    if (!*st)
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT id FROM series WHERE name = ?"));
    q.addBindValue(trimmed);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status EventStore::write(Event& event, bool isNew)
{
    const QString failed = tr("The event \"%1\" could not be saved.").arg(event.title);
    if (!event.date.isValid())
        return Status::failure(failed, tr("The event has no valid date."));
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    Status st;
    const auto series = seriesId(event.series, &st);
    if (!series)
        return st;
    QSqlQuery q(m_db.connection());
    const QString fields = QStringLiteral("kind_id = ?, body_id = ?, series_id = ?, number = ?, date = ?, start_time = ?, "
                                          "end_time = ?, venue = ?, title = ?, theme = ?, purpose = ?, outcomes = ?, "
                                          "format_id = ?, minutes = ?, note = ?, search_key = ?");
    if (isNew)
        q.prepare(QStringLiteral("INSERT INTO event (kind_id, body_id, series_id, number, date, start_time, end_time, "
                                 "venue, title, theme, purpose, outcomes, format_id, minutes, note, search_key, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE event SET %1 WHERE id = ?").arg(fields));
    q.addBindValue(SqlUtil::idOrNull(event.kindId));
    q.addBindValue(SqlUtil::idOrNull(event.bodyId));
    q.addBindValue(SqlUtil::idOrNull(*series));
    q.addBindValue(event.number > 0 ? QVariant(event.number) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(event.date.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(event.startTime));
    q.addBindValue(timeOrNull(event.endTime));
    q.addBindValue(SqlUtil::text(event.venue));
    q.addBindValue(SqlUtil::text(event.title.trimmed()));
    q.addBindValue(SqlUtil::text(event.theme));
    q.addBindValue(SqlUtil::text(event.purpose));
    q.addBindValue(SqlUtil::text(event.outcomes));
    q.addBindValue(SqlUtil::idOrNull(event.formatId));
    q.addBindValue(SqlUtil::text(event.minutes));
    q.addBindValue(SqlUtil::text(event.note));
    q.addBindValue(SearchKeys::forEvent(event.title, event.theme, event.venue));
    q.addBindValue(isNew ? SqlUtil::idOrNull(event.id) : QVariant(event.id));
    if (st = SqlUtil::exec(q, failed); !st)
        return st;
    const qint64 id = isNew && event.id == 0 ? q.lastInsertId().toLongLong() : event.id;
    q.prepare(QStringLiteral("DELETE FROM event_co_organiser WHERE event_id = ?"));
    q.addBindValue(id);
    if (st = SqlUtil::exec(q, failed); !st)
        return st;
    for (qint64 bodyId : event.coOrganiserIds) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO event_co_organiser (event_id, body_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(bodyId);
        if (st = SqlUtil::exec(q, failed); !st)
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
