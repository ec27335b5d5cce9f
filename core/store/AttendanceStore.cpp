#include "store/AttendanceStore.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral(
    "id, event_id, person_id, status_id, role_id, substitute_for_id, profession_id, organisation_id, note");

Attendance fromQuery(const QSqlQuery& q)
{
    Attendance a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.personId = q.value(2).toLongLong();
    a.statusId = q.value(3).toLongLong();
    a.roleId = q.value(4).toLongLong();
    a.substituteForId = q.value(5).toLongLong();
    a.professionId = q.value(6).toLongLong();
    a.organisationId = q.value(7).toLongLong();
    a.note = q.value(8).toString();
    return a;
}
} // namespace

AttendanceStore::AttendanceStore(const Database& db) : m_db(db) {}

Result<QList<Attendance>> AttendanceStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM attendance WHERE %2 ORDER BY id").arg(Columns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Attendance>(q, tr("The attendance could not be read."), fromQuery);
}

Result<QList<Attendance>> AttendanceStore::forEvent(qint64 eventId) const
{
    return select(QStringLiteral("event_id = ?"), {eventId});
}

QList<Attendance> AttendanceStore::forPerson(qint64 personId) const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    return select(QStringLiteral("person_id = ?"), {personId}).valueOr({});
}

std::optional<Attendance> AttendanceStore::find(qint64 eventId, qint64 personId) const
{
    const auto list = select(QStringLiteral("event_id = ? AND person_id = ?"), {eventId, personId}).valueOr({});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

Status AttendanceStore::save(Attendance& a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO attendance (event_id, person_id, status_id, role_id, substitute_for_id, profession_id, "
        "organisation_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, person_id) DO UPDATE SET status_id = excluded.status_id, role_id = excluded.role_id, "
        "substitute_for_id = excluded.substitute_for_id, profession_id = excluded.profession_id, "
        "organisation_id = excluded.organisation_id, note = excluded.note RETURNING id"));
    q.addBindValue(a.eventId);
    q.addBindValue(a.personId);
    q.addBindValue(a.statusId);
    q.addBindValue(a.roleId);
    q.addBindValue(SqlUtil::idOrNull(a.substituteForId));
    q.addBindValue(SqlUtil::idOrNull(a.professionId));
    q.addBindValue(SqlUtil::idOrNull(a.organisationId));
    q.addBindValue(SqlUtil::text(a.note));
    Status st = SqlUtil::exec(q, tr("The attendance could not be saved."));
    if (st && q.next())
        a.id = q.value(0).toLongLong();
    return st;
}

Status AttendanceStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The attendance could not be deleted."));
}

std::optional<Attendance> AttendanceStore::proxyFor(qint64 eventId, qint64 memberId) const
{
    const auto list = select(QStringLiteral("event_id = ? AND substitute_for_id = ?"), {eventId, memberId}).valueOr({});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

Status AttendanceStore::setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId,
                                 const Person& came)
{
    const auto member = find(eventId, memberId);
    const auto previous = proxyFor(eventId, memberId);
    const auto cameRow = find(eventId, came.id);
    TransactionGuard tx(m_db.connection());
    Status st = Status::success();
    if (member)
        st = remove(member->id);
    if (st && previous && previous->personId != came.id)
        st = remove(previous->id);
    if (!st)
        return st;
    Attendance a;
    if (cameRow) {
        a = *cameRow;
    } else {
        a.eventId = eventId;
        a.personId = came.id;
        a.professionId = came.professionId;
        a.organisationId = came.organisationId;
    }
    a.statusId = proxyStatusId;
    a.roleId = member ? member->roleId : previous ? previous->roleId : cameRow ? cameRow->roleId : defaultRoleId;
    a.substituteForId = memberId;
    if (st = save(a); !st)
        return st;
    if (!tx.commit())
        return Status::failure(tr("The attendance could not be saved."), tx.errorText());
    return Status::success();
}

QList<Attendance> AttendanceStore::rowsAbout(qint64 eventId, const QList<qint64>& personIds) const
{
    QList<Attendance> rows;
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    for (const Attendance& a : forEvent(eventId).valueOr({}))
        if (personIds.contains(a.personId) || personIds.contains(a.substituteForId))
            rows << a;
    return rows;
}

Status AttendanceStore::restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows)
{
    TransactionGuard tx(m_db.connection());
    for (const Attendance& a : rowsAbout(eventId, personIds))
        if (Status st = remove(a.id); !st)
            return st;
    for (Attendance a : rows)
        if (Status st = save(a); !st)
            return st;
    if (!tx.commit())
        return Status::failure(tr("The attendance could not be saved."), tx.errorText());
    return Status::success();
}

QList<Headcount> AttendanceStore::headcounts(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.event_id, h.profession_id, h.count FROM headcount h "
                             "JOIN code c ON c.id = h.profession_id WHERE h.event_id = ? ORDER BY c.sort_order"));
    q.addBindValue(eventId);
    QList<Headcount> result;
    if (q.exec())
        while (q.next())
            result << Headcount{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
    return result;
}

Status AttendanceStore::setHeadcount(const Headcount& h)
{
    QSqlQuery q(m_db.connection());
    if (h.count <= 0) {
        q.prepare(QStringLiteral("DELETE FROM headcount WHERE event_id = ? AND profession_id = ?"));
        q.addBindValue(h.eventId);
        q.addBindValue(h.professionId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO headcount (event_id, profession_id, count) VALUES (?, ?, ?) "
                                 "ON CONFLICT (event_id, profession_id) DO UPDATE SET count = excluded.count"));
        q.addBindValue(h.eventId);
        q.addBindValue(h.professionId);
        q.addBindValue(h.count);
    }
    return SqlUtil::exec(q, tr("The headcount could not be saved."));
}
