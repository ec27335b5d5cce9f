#include "store/ProgrammeStore.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

ProgrammeStore::ProgrammeStore(const Database& db) : m_db(db) {}

Result<QList<ProgrammeItem>> ProgrammeStore::items(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, event_id, kind_id, title, position, note, "
                       "(SELECT group_concat(person_id) FROM (SELECT person_id FROM programme_lecturer l "
                       " WHERE l.item_id = p.id ORDER BY l.position)) "
                       "FROM programme_item p WHERE event_id = ? ORDER BY position, id"));
    q.addBindValue(eventId);
    return SqlUtil::list<ProgrammeItem>(q, tr("The programme could not be read."), [](const QSqlQuery& q) {
        ProgrammeItem item;
        item.id = q.value(0).toLongLong();
        item.eventId = q.value(1).toLongLong();
        item.kindId = q.value(2).toLongLong();
        item.title = q.value(3).toString();
        item.position = q.value(4).toInt();
        item.note = q.value(5).toString();
        for (const QString& id : q.value(6).toString().split(u',', Qt::SkipEmptyParts))
            item.lecturerIds << id.toLongLong();
        return item;
    });
}

QList<Lecture> ProgrammeStore::lecturesOf(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.date, e.title, p.id, p.title, p.kind_id "
                             "FROM programme_lecturer l JOIN programme_item p ON p.id = l.item_id "
                             "JOIN event e ON e.id = p.event_id WHERE l.person_id = ? "
                             "ORDER BY e.date DESC, e.start_time DESC, e.id DESC, p.position, p.id"));
    q.addBindValue(personId);
    QList<Lecture> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Lecture lecture;
        lecture.eventId = q.value(0).toLongLong();
        lecture.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        lecture.eventTitle = q.value(2).toString();
        lecture.itemId = q.value(3).toLongLong();
        lecture.itemTitle = q.value(4).toString();
        lecture.kindId = q.value(5).toLongLong();
        result << lecture;
    }
    return result;
}

Result<bool> ProgrammeStore::isLecturerOf(qint64 eventId, qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM programme_lecturer l JOIN programme_item p ON p.id = l.item_id "
        "WHERE p.event_id = ? AND l.person_id = ?)"));
    q.addBindValue(eventId);
    q.addBindValue(personId);
    const auto found = SqlUtil::one<bool>(q, tr("The programme could not be read."),
                                          [](const QSqlQuery& row) { return row.value(0).toBool(); });
    if (!found)
        return found.status();
    return found->value_or(false);
}

Status ProgrammeStore::writeLecturers(qint64 itemId, const QList<qint64>& lecturerIds, const QString& failed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM programme_lecturer WHERE item_id = ?"));
    q.addBindValue(itemId);
    Status st = SqlUtil::exec(q, failed);
    for (int i = 0; st && i < lecturerIds.size(); ++i) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO programme_lecturer (item_id, person_id, position) "
                                 "VALUES (?, ?, ?)"));
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
    QSqlQuery q(m_db.connection());
    // An id already set (redo of an add, undo of a delete) is kept; 0 lets SQLite choose.
    q.prepare(QStringLiteral("INSERT INTO programme_item (id, event_id, kind_id, title, position, note) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(item.id));
    q.addBindValue(item.eventId);
    q.addBindValue(SqlUtil::idOrNull(item.kindId));
    q.addBindValue(SqlUtil::text(item.title));
    q.addBindValue(item.position);
    q.addBindValue(SqlUtil::text(item.note));
    Status st = SqlUtil::exec(q, failed);
    const qint64 id = q.lastInsertId().toLongLong();
    if (st)
        st = writeLecturers(id, item.lecturerIds, failed);
    if (st && !tx.commit())
        st = Status::failure(failed, tx.errorText());
    if (st)
        item.id = id;
    return st;
}

Status ProgrammeStore::update(const ProgrammeItem& item)
{
    const QString failed = tr("The programme item \"%1\" could not be saved.").arg(item.title);
    TransactionGuard tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE programme_item SET kind_id = ?, title = ?, position = ?, note = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::idOrNull(item.kindId));
    q.addBindValue(SqlUtil::text(item.title));
    q.addBindValue(item.position);
    q.addBindValue(SqlUtil::text(item.note));
    q.addBindValue(item.id);
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
