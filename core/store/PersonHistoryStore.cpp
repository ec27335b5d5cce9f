#include "store/PersonHistoryStore.h"

#include "db/Database.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace {
QDate dateAt(const QSqlQuery& q, int i)
{
    return QDate::fromString(q.value(i).toString(), Qt::ISODate);
}
CodeLabel labelAt(const QSqlQuery& q, int i)
{
    return {q.value(i).toString(), q.value(i + 1).toString()};
}
} // namespace

PersonHistoryStore::PersonHistoryStore(const Database& db) : m_db(db) {}

Result<QList<AttendedEvent>> PersonHistoryStore::attended(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.id, e.date, e.title, s.label_ja, s.label_en, r.label_ja, r.label_en, p.label_ja, p.label_en,"
        " o.name, m.name FROM attendance a JOIN event e ON e.id = a.event_id"
        " LEFT JOIN code s ON s.id = a.status_id LEFT JOIN code r ON r.id = a.role_id"
        " LEFT JOIN code p ON p.id = a.profession_id LEFT JOIN organisation o ON o.id = a.organisation_id"
        " LEFT JOIN person m ON m.id = a.substitute_for_id"
        " WHERE a.person_id = ? ORDER BY e.date DESC, e.start_time DESC, e.id DESC"));
    q.addBindValue(personId);
    return SqlUtil::list<AttendedEvent>(q, tr("The person's attendance could not be read."), [](const QSqlQuery& row) {
        return AttendedEvent{row.value(0).toLongLong(), dateAt(row, 1),         row.value(2).toString(),
                             labelAt(row, 3),           labelAt(row, 5),        labelAt(row, 7),
                             row.value(9).toString(),   row.value(10).toString()};
    });
}

Result<QList<LecturedItem>> PersonHistoryStore::lectured(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.date, e.title, i.title, k.label_ja, k.label_en"
                             " FROM programme_lecturer l JOIN programme_item i ON i.id = l.item_id"
                             " JOIN event e ON e.id = i.event_id LEFT JOIN code k ON k.id = i.kind_id"
                             " WHERE l.person_id = ?"
                             " ORDER BY e.date DESC, e.start_time DESC, e.id DESC, i.position, i.id"));
    q.addBindValue(personId);
    return SqlUtil::list<LecturedItem>(q, tr("The person's lectures could not be read."), [](const QSqlQuery& row) {
        return LecturedItem{row.value(0).toLongLong(), dateAt(row, 1), row.value(2).toString(),
                            row.value(3).toString(), labelAt(row, 4)};
    });
}

Result<QList<Seat>> PersonHistoryStore::seats(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT b.name, r.label_ja, r.label_en, o.name, m.term_from, m.term_to"
                             " FROM membership m JOIN body b ON b.id = m.body_id"
                             " LEFT JOIN code r ON r.id = m.role_id LEFT JOIN organisation o ON o.id = m.represents_id"
                             " WHERE m.person_id = ? ORDER BY m.term_from DESC, m.id"));
    q.addBindValue(personId);
    return SqlUtil::list<Seat>(q, tr("The person's memberships could not be read."), [](const QSqlQuery& row) {
        return Seat{row.value(0).toString(), labelAt(row, 1), row.value(3).toString(), dateAt(row, 4),
                    dateAt(row, 5)};
    });
}
