#include "store/ProgrammeStore.h"

#include "db/Database.h"
#include "db/RecordMap.h"
#include "db/SqlDialect.h"
#include "db/TransactionGuard.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace {
// The item's own columns; its lecturers (table programme_lecturer) are read and written beside them.
const RecordMap<ProgrammeItem>& itemMap()
{
    static const RecordMap<ProgrammeItem> map =
        RecordMap<ProgrammeItem>(QStringLiteral("programme_item"), &ProgrammeItem::id)
            .reference(QStringLiteral("event_id"), &ProgrammeItem::eventId)
            .reference(QStringLiteral("kind_id"), &ProgrammeItem::kindId)
            .text(QStringLiteral("title"), &ProgrammeItem::title)
            .integer(QStringLiteral("position"), &ProgrammeItem::position)
            .text(QStringLiteral("note"), &ProgrammeItem::note);
    return map;
}

ProgrammeItem fromQuery(const QSqlQuery& q)
{
    ProgrammeItem item = itemMap().read(q);
    for (const QString& id : q.value(itemMap().width()).toString().split(u',', Qt::SkipEmptyParts))
        item.lecturerIds << id.toLongLong();
    return item;
}
} // namespace

ProgrammeStore::ProgrammeStore(const Database& db) : m_db(db) {}

Result<QList<ProgrammeItem>> ProgrammeStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, %3 FROM programme_item p WHERE %2 ORDER BY p.event_id, p.position, p.id")
                  .arg(itemMap().selectList(QStringLiteral("p")), where,
                       SqlDialect::listOf(m_db, QStringLiteral("l.person_id"),
                                          QStringLiteral("programme_lecturer l WHERE l.item_id = p.id"),
                                          QStringLiteral("l.position"))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<ProgrammeItem>(q, tr("The programme could not be read."), fromQuery);
}

Result<QList<ProgrammeItem>> ProgrammeStore::items(qint64 eventId) const
{
    return select(QStringLiteral("p.event_id = ?"), {eventId});
}

Result<QList<ProgrammeItem>> ProgrammeStore::itemsOf(const QList<qint64>& eventIds) const
{
    QStringList numbers;
    for (const qint64 id : eventIds)
        numbers << QString::number(id);
    return select(QStringLiteral("p.event_id IN (%1)").arg(numbers.isEmpty() ? QStringLiteral("NULL") : numbers.join(u',')),
                  {});
}

Result<QList<Lecture>> ProgrammeStore::lecturesOf(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.date, e.title, p.id, p.title, p.kind_id "
                             "FROM programme_lecturer l JOIN programme_item p ON p.id = l.item_id "
                             "JOIN event e ON e.id = p.event_id WHERE l.person_id = ? "
                             "ORDER BY e.date DESC, e.start_time DESC, e.id DESC, p.position, p.id"));
    q.addBindValue(personId);
    return SqlUtil::list<Lecture>(q, tr("The lectures could not be read."), [](const QSqlQuery& r) {
        Lecture lecture;
        lecture.eventId = r.value(0).toLongLong();
        lecture.date = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        lecture.eventTitle = r.value(2).toString();
        lecture.itemId = r.value(3).toLongLong();
        lecture.itemTitle = r.value(4).toString();
        lecture.kindId = r.value(5).toLongLong();
        return lecture;
    });
}

Result<bool> ProgrammeStore::isLecturerOf(qint64 eventId, qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM programme_lecturer l JOIN programme_item p ON p.id = l.item_id "
        "WHERE p.event_id = ? AND l.person_id = ?)"));
    q.addBindValue(eventId);
    q.addBindValue(personId);
    const Result<std::optional<bool>> found = SqlUtil::one<bool>(
        q, tr("The lecturers of the event could not be read."), [](const QSqlQuery& r) { return r.value(0).toBool(); });
    if (!found)
        return found.status();
    return found->value_or(false);
}

Result<QList<std::pair<qint64, qint64>>> ProgrammeStore::lecturersBetween(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT p.event_id, l.person_id FROM programme_lecturer l "
                             "JOIN programme_item p ON p.id = l.item_id JOIN event e ON e.id = p.event_id "
                             "WHERE e.date BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    return SqlUtil::list<std::pair<qint64, qint64>>(q, tr("The lecturers could not be read."), [](const QSqlQuery& r) {
        return std::pair<qint64, qint64>(r.value(0).toLongLong(), r.value(1).toLongLong());
    });
}

Status ProgrammeStore::writeLecturers(qint64 itemId, const QList<qint64>& lecturerIds, const QString& failed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM programme_lecturer WHERE item_id = ?"));
    q.addBindValue(itemId);
    Status st = SqlUtil::exec(q, failed);
    for (int i = 0; st && i < lecturerIds.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO programme_lecturer (item_id, person_id, position) "
                                 "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(itemId);
        q.addBindValue(lecturerIds.at(i));
        q.addBindValue(i);
        st = SqlUtil::exec(q, failed);
    }
    return st;
}

Status ProgrammeStore::insert(ProgrammeItem& item)
{
    const QString failed = tr("The programme item \"%1\" could not be added.").arg(item.title);
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    QSqlQuery q(m_db.connection());
    const bool withId = item.id > 0;
    q.prepare(itemMap().insertSql(withId));
    itemMap().bindInsert(q, item, withId);
    const Result<qint64> id = SqlUtil::insertReturningId(q, failed);
    if (!id)
        return id.status();
    Status st = writeLecturers(*id, item.lecturerIds, failed);
    if (st && !tx.commit())
        st = Status::failure(failed, tx.errorText());
    if (st)
        item.id = *id;
    return st;
}

Status ProgrammeStore::update(const ProgrammeItem& item)
{
    const QString failed = tr("The programme item \"%1\" could not be saved.").arg(item.title);
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    QSqlQuery q(m_db.connection());
    q.prepare(itemMap().updateSql());
    itemMap().bindUpdate(q, item);
    Status st = SqlUtil::exec(q, failed);
    if (st)
        st = writeLecturers(item.id, item.lecturerIds, failed);
    if (st && !tx.commit())
        st = Status::failure(failed, tx.errorText());
    return st;
}

Status ProgrammeStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM programme_item WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The programme item could not be deleted."));
}
