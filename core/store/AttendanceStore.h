#pragma once

#include "Result.h"
#include "Status.h"
#include "attendance/ProxyAttendance.h"
#include "db/SqliteStatement.h"
#include "model/Attendance.h"
#include "model/Headcount.h"
#include "model/Person.h"
#include "store/SqlUtil.h"

#include <QDate>

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes named attendance and per-profession headcounts of events. Reads tell "no
// rows" from "the query failed".
class AttendanceStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)

public:
    explicit AttendanceStore(const Database& db);

    Result<QList<Attendance>> forEvent(qint64 eventId) const;
    Result<QList<Attendance>> forPerson(qint64 personId) const;
    Result<std::optional<Attendance>> find(qint64 eventId, qint64 personId) const;
    // Every row of the events from `from` to `to`, in one query (an import's lookups).
    Result<QList<Attendance>> between(const QDate& from, const QDate& to) const;
    // Inserts, or updates the row of the same event and person.
    Status save(Attendance& attendance);
    // Inserts new rows (none of their event and person may have one yet) a batch per statement,
    // their ids not read back: an import adds tens of thousands, and a statement per row (with
    // RETURNING's temporary table) costs SQLite several times the row itself.
    Status insertAll(const QList<Attendance>& rows);
    static constexpr int InsertBatch = 64;
    Status remove(qint64 id);

    // 代理出席 (ProxyAttendance): the row of whoever came for `memberId`, if anyone did.
    Result<std::optional<Attendance>> proxyFor(qint64 eventId, qint64 memberId) const;
    // The member's own row and a substitute's, in one query.
    Result<ProxyAttendance::MemberRows> memberRows(qint64 eventId, qint64 memberId) const;
    // Writes a plan of the rule in one transaction.
    Status apply(const ProxyAttendance::Plan& plan);
    // Records that `came` attended in place of `memberId` (ProxyAttendance::substitute).
    Status setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId,
                    const Person& came);
    // The rows an edit of the attendance of `personIds` may touch: theirs and their proxies'.
    Result<QList<Attendance>> rowsAbout(qint64 eventId, const QList<qint64>& personIds) const;
    // Puts those rows back as `rows` had them (for undo).
    Status restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows);

    Result<QList<Headcount>> headcounts(qint64 eventId) const;
    // The headcounts of one profession at the events from `from` to `to`, in one query.
    Result<QList<Headcount>> headcountsBetween(qint64 professionId, const QDate& from, const QDate& to) const;
    // Sets the count of one profession; a count of 0 removes the row.
    Status setHeadcount(const Headcount& headcount);

private:
    Result<QList<Attendance>> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
    SqlUtil::Statement m_save;
    SqlUtil::Statement m_insertBatch; // InsertBatch rows without substitute or note
    SqliteStatement m_rawBatch;       // the same on SQLite's handle
};
