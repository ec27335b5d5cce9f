#include "counts/ParticipantCounts.h"

#include "Locale.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Every participation unit of the events `eventsWhere` selects: one per named participant, or a
// headcount.
QString units(const QString& eventsWhere)
{
    return QStringLiteral("WITH ev AS (SELECT id FROM event WHERE %1), ").arg(eventsWhere) +
           QStringLiteral("units AS ("
                          " SELECT a.event_id, a.profession_id, a.organisation_id, a.person_id, 1 AS n"
                          " FROM attendance a JOIN ev ON ev.id = a.event_id"
                          " JOIN code s ON s.id = a.status_id JOIN code r ON r.id = a.role_id"
                          " WHERE s.code IN ('present', 'proxy') AND r.code = 'participant'"
                          " UNION ALL"
                          " SELECT h.event_id, h.profession_id, NULL, NULL, h.count"
                          " FROM headcount h JOIN ev ON ev.id = h.event_id) ");
}

const QString InYear = QStringLiteral("date BETWEEN :from AND :to");
const QString OneEvent = QStringLiteral("id = :event");

QString labelColumn(const QString& alias, bool japanese)
{
    return japanese ? alias + QStringLiteral(".label_ja")
                                : QStringLiteral("coalesce(nullif(%1.label_en, ''), %1.label_ja)").arg(alias);
}
} // namespace

ParticipantCounts::ParticipantCounts(const Database& db, Labels labels) : m_db(db), m_labels(labels) {}

bool ParticipantCounts::japanese() const
{
    return m_labels == Labels::Japanese || Locale::isJapanese();
}

QString ParticipantCounts::text(const char* source) const
{
    return m_labels == Labels::Japanese ? Locale::japanese("ParticipantCounts", source) : tr(source);
}

QString ParticipantCounts::rowsQuery(CountTable::Breakdown by, const QString& eventsWhere) const
{
    const QString unitsCte = units(eventsWhere);
    const QString unknownProfession =
        QStringLiteral("(SELECT id FROM code WHERE list = 'profession' AND code = 'unknown')");
    switch (by) {
    case CountTable::Breakdown::Event:
        return unitsCte +
               QStringLiteral("SELECT e.id, e.title, e.date,"
                              " (SELECT sum(n) FROM units u WHERE u.event_id = e.id),"
                              " EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = e.id)"
                              "  OR EXISTS (SELECT 1 FROM headcount h WHERE h.event_id = e.id), e.number,"
                              " (SELECT count(DISTINCT person_id) FROM units u WHERE u.event_id = e.id)"
                              " FROM event e JOIN ev ON ev.id = e.id ORDER BY e.date, e.start_time, e.id");
    case CountTable::Breakdown::Profession:
        return unitsCte + QStringLiteral("SELECT p.code, %1, NULL, sum(u.n), 1, 0, count(DISTINCT u.person_id) FROM units u"
                                         " JOIN code p ON p.id = coalesce(u.profession_id, %2)"
                                         " GROUP BY p.id ORDER BY p.sort_order, p.id")
                              .arg(labelColumn(QStringLiteral("p"), japanese()), unknownProfession);
    case CountTable::Breakdown::ProfessionGroup:
        return unitsCte + QStringLiteral("SELECT g.code, %1, NULL, sum(u.n), 1, 0, count(DISTINCT u.person_id) FROM units u"
                                         " JOIN code p ON p.id = coalesce(u.profession_id, %2)"
                                         " JOIN code g ON g.id = coalesce(p.group_id, p.id)"
                                         " GROUP BY g.id ORDER BY g.sort_order, g.id")
                              .arg(labelColumn(QStringLiteral("g"), japanese()), unknownProfession);
    case CountTable::Breakdown::Organisation:
        return unitsCte +
               QStringLiteral("SELECT coalesce(o.id, ''), coalesce(o.name, :unknown), NULL, sum(u.n), 1, 0,"
                              " count(DISTINCT u.person_id)"
                              " FROM units u LEFT JOIN organisation o ON o.id = u.organisation_id"
                              " GROUP BY o.id ORDER BY o.id IS NULL, o.reading = '', o.reading, o.name");
    }
    return QString();
}

std::optional<CountTable> ParticipantCounts::compute(const FiscalYear& year, CountTable::Breakdown by,
                                                     Status* status) const
{
    const auto bindRange = [&year](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":from"), year.firstDay().toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":to"), year.lastDay().toString(Qt::ISODate));
    };
    auto table = run(InYear, bindRange, by, status);
    if (table)
        table->fiscalYear = year.startYear();
    return table;
}

std::optional<CountTable> ParticipantCounts::computeForEvent(qint64 eventId, CountTable::Breakdown by,
                                                             Status* status) const
{
    return run(
        OneEvent, [eventId](QSqlQuery& q) { q.bindValue(QStringLiteral(":event"), eventId); }, by, status);
}

std::optional<CountTable> ParticipantCounts::run(const QString& eventsWhere,
                                                 const std::function<void(QSqlQuery&)>& bindRange,
                                                 CountTable::Breakdown by, Status* status) const
{
    const auto fail = [status](const QSqlQuery& q) -> std::optional<CountTable> {
        if (status)
            *status =
                Status::failure(tr("The participant counts could not be computed."), q.lastError().text());
        return std::nullopt;
    };
    CountTable table;
    table.by = by;

    QSqlQuery q(m_db.connection());
    q.prepare(rowsQuery(by, eventsWhere));
    bindRange(q);
    if (by == CountTable::Breakdown::Organisation)
        q.bindValue(QStringLiteral(":unknown"), text(QT_TR_NOOP("(affiliation unknown)")));
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        CountTable::Row row;
        row.key = q.value(0).toString();
        row.label = q.value(1).toString();
        if (by == CountTable::Breakdown::Event && q.value(5).toInt() > 0)
            row.label = text(QT_TR_NOOP("%1 (No. %2)")).arg(row.label).arg(q.value(5).toInt());
        row.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (q.value(4).toBool())
            row.count = q.value(3).toInt();
        row.distinctPersons = q.value(6).toInt();
        table.rows << row;
    }

    q.prepare(units(eventsWhere) +
              QStringLiteral("SELECT coalesce(sum(n), 0), count(DISTINCT person_id) FROM units"));
    bindRange(q);
    if (!q.exec() || !q.next())
        return fail(q);
    table.total = q.value(0).toInt();
    table.distinctPersons = q.value(1).toInt();
    if (status)
        *status = Status::success();
    return table;
}

std::optional<int> ParticipantCounts::eventCount(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM attendance a JOIN code s ON s.id = a.status_id JOIN code r ON r.id = "
        "a.role_id"
        "  WHERE a.event_id = :id AND s.code IN ('present', 'proxy') AND r.code = 'participant')"
        " + (SELECT coalesce(sum(count), 0) FROM headcount WHERE event_id = :id),"
        " EXISTS (SELECT 1 FROM attendance WHERE event_id = :id) OR EXISTS (SELECT 1 FROM headcount WHERE "
        "event_id = :id)"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (q.exec() && q.next() && q.value(1).toBool())
        return q.value(0).toInt();
    return std::nullopt;
}
