#include "report/ReportReads.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace {
const QString InRange = QStringLiteral("e.date BETWEEN :from AND :to");

void bindRange(QSqlQuery& q, const QDate& from, const QDate& to)
{
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
}
} // namespace

Result<QList<Event>> ReportReads::events(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.kind_id, e.body_id, e.number, e.date, e.title, e.theme, e.venue,"
                             " e.outcomes, e.minutes, e.format_id FROM event e WHERE %1"
                             " ORDER BY e.date, e.start_time, e.id")
                  .arg(InRange));
    bindRange(q, from, to);
    return SqlUtil::list<Event>(q, tr("The events of the report could not be read."), [](const QSqlQuery& r) {
        Event e;
        e.id = r.value(0).toLongLong();
        e.kindId = r.value(1).toLongLong();
        e.bodyId = r.value(2).toLongLong();
        e.number = r.value(3).toInt();
        e.date = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        e.title = r.value(5).toString();
        e.theme = r.value(6).toString();
        e.venue = r.value(7).toString();
        e.outcomes = r.value(8).toString();
        e.minutes = r.value(9).toString();
        e.formatId = r.value(10).toLongLong();
        return e;
    });
}

Result<QHash<qint64, QList<ProgrammeItem>>> ReportReads::programmes(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.id, p.event_id, p.kind_id, p.title, p.position, %2"
                             " FROM programme_item p JOIN event e ON e.id = p.event_id WHERE %1"
                             " ORDER BY p.event_id, p.position, p.id")
                  .arg(InRange, SqlDialect::listOf(m_db, QStringLiteral("l.person_id"),
                                                   QStringLiteral("programme_lecturer l WHERE l.item_id = p.id"),
                                                   QStringLiteral("l.position"))));
    bindRange(q, from, to);
    const auto items = SqlUtil::list<ProgrammeItem>(
        q, tr("The programmes of the report's events could not be read."), [](const QSqlQuery& r) {
            ProgrammeItem item;
            item.id = r.value(0).toLongLong();
            item.eventId = r.value(1).toLongLong();
            item.kindId = r.value(2).toLongLong();
            item.title = r.value(3).toString();
            item.position = r.value(4).toInt();
            for (const QString& id : r.value(5).toString().split(u',', Qt::SkipEmptyParts))
                item.lecturerIds << id.toLongLong();
            return item;
        });
    if (!items)
        return items.status();
    QHash<qint64, QList<ProgrammeItem>> byEvent;
    for (const ProgrammeItem& item : *items)
        byEvent[item.eventId] << item;
    return byEvent;
}

Result<QHash<qint64, Person>> ReportReads::people(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, profession_id, organisation_id, department, title FROM person"
                             " WHERE id IN (SELECT person_id FROM membership)"
                             " OR id IN (SELECT l.person_id FROM programme_lecturer l"
                             "  JOIN programme_item p ON p.id = l.item_id JOIN event e ON e.id = p.event_id"
                             "  WHERE %1)")
                  .arg(InRange));
    bindRange(q, from, to);
    const auto people = SqlUtil::list<Person>(q, tr("The members and lecturers of the report could not be read."),
                                              [](const QSqlQuery& r) {
                                                  Person p;
                                                  p.id = r.value(0).toLongLong();
                                                  p.name = r.value(1).toString();
                                                  p.professionId = r.value(2).toLongLong();
                                                  p.organisationId = r.value(3).toLongLong();
                                                  p.department = r.value(4).toString();
                                                  p.title = r.value(5).toString();
                                                  return p;
                                              });
    if (!people)
        return people.status();
    QHash<qint64, Person> byId;
    for (const Person& p : *people)
        byId.insert(p.id, p);
    return byId;
}

Result<QHash<qint64, QString>> ReportReads::organisationNames() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM organisation"));
    const auto rows = SqlUtil::list<QPair<qint64, QString>>(
        q, tr("The organisations of the report could not be read."),
        [](const QSqlQuery& r) { return qMakePair(r.value(0).toLongLong(), r.value(1).toString()); });
    if (!rows)
        return rows.status();
    QHash<qint64, QString> names;
    for (const auto& [id, name] : *rows)
        names.insert(id, name);
    return names;
}
