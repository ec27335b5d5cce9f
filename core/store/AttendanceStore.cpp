#include "store/AttendanceStore.h"

#include "db/Database.h"
#include "db/RecordMap.h"
#include "db/TransactionGuard.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
const RecordMap<Attendance>& attendanceMap()
{
    static const RecordMap<Attendance> map =
        RecordMap<Attendance>(QStringLiteral("attendance"), &Attendance::id)
            .reference(QStringLiteral("event_id"), &Attendance::eventId)
            .reference(QStringLiteral("person_id"), &Attendance::personId)
            .reference(QStringLiteral("status_id"), &Attendance::statusId)
            .reference(QStringLiteral("role_id"), &Attendance::roleId)
            .reference(QStringLiteral("substitute_for_id"), &Attendance::substituteForId)
            .reference(QStringLiteral("profession_id"), &Attendance::professionId)
            .reference(QStringLiteral("organisation_id"), &Attendance::organisationId)
            .text(QStringLiteral("note"), &Attendance::note);
    return map;
}

Headcount readHeadcount(const QSqlQuery& r)
{
    return Headcount{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt()};
}

Attendance fromQuery(const QSqlQuery& q)
{
    return attendanceMap().read(q);
}
} // namespace

AttendanceStore::AttendanceStore(const Database& db) : m_db(db) {}

Result<QList<Attendance>> AttendanceStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM attendance WHERE %2 ORDER BY id").arg(attendanceMap().selectList(), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Attendance>(q, tr("The attendance could not be read."), fromQuery);
}

Result<QList<Attendance>> AttendanceStore::forEvent(qint64 eventId) const
{
    return select(QStringLiteral("event_id = ?"), {eventId});
}

Result<QList<Attendance>> AttendanceStore::forPerson(qint64 personId) const
{
    return select(QStringLiteral("person_id = ?"), {personId});
}

Result<std::optional<Attendance>> AttendanceStore::find(qint64 eventId, qint64 personId) const
{
    const Result<QList<Attendance>> list = select(QStringLiteral("event_id = ? AND person_id = ?"), {eventId, personId});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Attendance>() : std::optional<Attendance>(list->first());
}

Result<QList<Attendance>> AttendanceStore::between(const QDate& from, const QDate& to) const
{
    return select(QStringLiteral("event_id IN (SELECT id FROM event WHERE date BETWEEN ? AND ?)"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Status AttendanceStore::save(Attendance& a)
{
    // One row per event and person: a second save of the same person updates it.
    QSqlQuery& q = m_save.prepared(m_db.connection(), QStringLiteral(
        "INSERT INTO attendance (event_id, person_id, status_id, role_id, substitute_for_id, profession_id, "
        "organisation_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, person_id) DO UPDATE SET status_id = excluded.status_id, role_id = excluded.role_id, "
        "substitute_for_id = excluded.substitute_for_id, profession_id = excluded.profession_id, "
        "organisation_id = excluded.organisation_id, note = excluded.note RETURNING id"));
    attendanceMap().bindInsert(q, a);
    const Result<qint64> id = SqlUtil::insertReturningId(q, tr("The attendance could not be saved."));
    if (!id)
        return id.status();
    a.id = *id;
    return Status::success();
}

Status AttendanceStore::insertAll(const QList<Attendance>& rows)
{
    // Rows that stand in for nobody and carry no note (what an import adds) leave those two
    // columns to the statement: a quarter fewer values to bind.
    const auto plain = [](const Attendance& a) { return a.substituteForId == 0 && a.note.isEmpty(); };
    const auto sql = [](qsizetype count, bool plainRows) -> QString {
        const QString row = plainRows ? QStringLiteral("(?, ?, ?, ?, NULL, ?, ?, '')") : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
        return QStringLiteral("INSERT INTO attendance (event_id, person_id, status_id, role_id, substitute_for_id, "
                              "profession_id, organisation_id, note) VALUES ")
               + QStringList(count, row).join(QStringLiteral(", "));
    };
    for (qsizetype first = 0; first < rows.size(); first += InsertBatch) {
        const QList<Attendance> batch = rows.mid(first, std::min<qsizetype>(InsertBatch, rows.size() - first));
        const bool plainRows = std::all_of(batch.begin(), batch.end(), plain);
        // A full batch of plain rows is prepared once; others (the last, shorter one of a call,
        // rows with a substitute or a note) on their own.
        std::optional<QSqlQuery> other;
        if (batch.size() < InsertBatch || !plainRows) {
            other.emplace(m_db.connection());
            other->prepare(sql(batch.size(), plainRows));
        }
        // The full batches of plain rows (nearly all of an import) go straight to SQLite.
        if (!other && m_rawBatch.prepare(m_db.connection(), sql(InsertBatch, true))) {
            int column = 0;
            for (const Attendance& a : batch) {
                m_rawBatch.bind(++column, a.eventId);
                m_rawBatch.bind(++column, a.personId);
                m_rawBatch.bind(++column, a.statusId);
                m_rawBatch.bind(++column, a.roleId);
                m_rawBatch.bindIdOrNull(++column, a.professionId);
                m_rawBatch.bindIdOrNull(++column, a.organisationId);
            }
            if (!m_rawBatch.exec())
                return Status::failure(tr("The attendance could not be saved."), m_rawBatch.error());
            continue;
        }
        QSqlQuery& q = other ? *other : m_insertBatch.prepared(m_db.connection(), sql(InsertBatch, true));
        for (const Attendance& a : batch) {
            if (!plainRows) {
                attendanceMap().bindInsert(q, a);
                continue;
            }
            q.addBindValue(a.eventId);
            q.addBindValue(a.personId);
            q.addBindValue(a.statusId);
            q.addBindValue(a.roleId);
            q.addBindValue(SqlUtil::idOrNull(a.professionId));
            q.addBindValue(SqlUtil::idOrNull(a.organisationId));
        }
        if (Status st = SqlUtil::exec(q, tr("The attendance could not be saved.")); !st)
            return st;
    }
    return Status::success();
}

Status AttendanceStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The attendance could not be deleted."));
}

Result<std::optional<Attendance>> AttendanceStore::proxyFor(qint64 eventId, qint64 memberId) const
{
    const Result<QList<Attendance>> list =
        select(QStringLiteral("event_id = ? AND substitute_for_id = ?"), {eventId, memberId});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Attendance>() : std::optional<Attendance>(list->first());
}

Result<ProxyAttendance::MemberRows> AttendanceStore::memberRows(qint64 eventId, qint64 memberId) const
{
    const Result<QList<Attendance>> rows =
        select(QStringLiteral("event_id = ? AND (person_id = ? OR substitute_for_id = ?)"), {eventId, memberId, memberId});
    if (!rows)
        return rows.status();
    ProxyAttendance::MemberRows member;
    for (const Attendance& a : *rows) {
        if (a.substituteForId == memberId)
            member.proxy = a;
        else if (a.personId == memberId)
            member.own = a;
    }
    return member;
}

Status AttendanceStore::apply(const ProxyAttendance::Plan& plan)
{
    const QString failed = tr("The attendance could not be saved.");
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    for (const qint64 id : plan.removeIds)
        if (const Status st = remove(id); !st)
            return st;
    Attendance row = plan.row;
    if (const Status st = save(row); !st)
        return st;
    if (!tx.commit())
        return Status::failure(failed, tx.errorText());
    return Status::success();
}

Status AttendanceStore::setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId,
                                 const Person& came)
{
    const Result<ProxyAttendance::MemberRows> member = memberRows(eventId, memberId);
    if (!member)
        return member.status();
    const Result<std::optional<Attendance>> cameRow = find(eventId, came.id);
    if (!cameRow)
        return cameRow.status();
    return apply(ProxyAttendance::substitute(*member, *cameRow, came, eventId, memberId, proxyStatusId, defaultRoleId));
}

Result<QList<Attendance>> AttendanceStore::rowsAbout(qint64 eventId, const QList<qint64>& personIds) const
{
    const Result<QList<Attendance>> all = forEvent(eventId);
    if (!all)
        return all.status();
    QList<Attendance> rows;
    for (const Attendance& a : *all)
        if (personIds.contains(a.personId) || personIds.contains(a.substituteForId))
            rows << a;
    return rows;
}

Status AttendanceStore::restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows)
{
    const QString failed = tr("The attendance could not be saved.");
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    const Result<QList<Attendance>> now = rowsAbout(eventId, personIds);
    if (!now)
        return now.status();
    for (const Attendance& a : *now)
        if (Status st = remove(a.id); !st)
            return st;
    for (Attendance a : rows)
        if (Status st = save(a); !st)
            return st;
    if (!tx.commit())
        return Status::failure(failed, tx.errorText());
    return Status::success();
}

Result<QList<Headcount>> AttendanceStore::headcounts(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.event_id, h.profession_id, h.count FROM headcount h "
                             "JOIN code c ON c.id = h.profession_id WHERE h.event_id = ? ORDER BY c.sort_order"));
    q.addBindValue(eventId);
    return SqlUtil::list<Headcount>(q, tr("The headcounts could not be read."), readHeadcount);
}

Result<QList<Headcount>> AttendanceStore::headcountsBetween(qint64 professionId, const QDate& from,
                                                             const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.event_id, h.profession_id, h.count FROM headcount h JOIN event e ON e.id = h.event_id "
                             "WHERE h.profession_id = ? AND e.date BETWEEN ? AND ?"));
    q.addBindValue(professionId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    return SqlUtil::list<Headcount>(q, tr("The headcounts could not be read."), readHeadcount);
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
