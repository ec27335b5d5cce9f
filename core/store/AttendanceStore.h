#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Attendance.h"
#include "model/Headcount.h"
#include "model/Person.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes named attendance and per-profession headcounts of events.
class AttendanceStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)

public:
    explicit AttendanceStore(const Database& db);

    Result<QList<Attendance>> forEvent(qint64 eventId) const;
    QList<Attendance> forPerson(qint64 personId) const;
    std::optional<Attendance> find(qint64 eventId, qint64 personId) const;
    // Inserts, or updates the row of the same event and person.
    Status save(Attendance& attendance);
    Status remove(qint64 id);

    // 代理出席 is the row of the person who came: status proxy, substituteForId the member.
    // The row of whoever came for `memberId`, if anyone did.
    std::optional<Attendance> proxyFor(qint64 eventId, qint64 memberId) const;
    // Records that `came` attended in place of `memberId`: the member's own row goes, a previous
    // substitute's proxy row goes, and `came` gets a proxy row (their profession and organisation
    // as of now unless they already had a row at the event). Keeps the member's role.
    Status setProxy(qint64 eventId, qint64 memberId, qint64 proxyStatusId, qint64 defaultRoleId,
                    const Person& came);
    // The rows an edit of the attendance of `personIds` may touch: theirs and their proxies'.
    QList<Attendance> rowsAbout(qint64 eventId, const QList<qint64>& personIds) const;
    // Puts those rows back as `rows` had them (for undo).
    Status restoreRows(qint64 eventId, const QList<qint64>& personIds, const QList<Attendance>& rows);

    QList<Headcount> headcounts(qint64 eventId) const;
    // Sets the count of one profession; a count of 0 removes the row.
    Status setHeadcount(const Headcount& headcount);

private:
    Result<QList<Attendance>> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};
