#include "counts/ParticipantCounts.h"

#include "Locale.h"
#include "db/Database.h"
#include "domain/Codes.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Every participation unit of the events `eventsWhere` selects: one per named participant, or a
// headcount.
QString units(const QString& eventsWhere)
{
    return QStringLiteral("WITH ev AS (SELECT id FROM event WHERE %1), "
                          "units AS ("
                          " SELECT a.event_id, a.profession_id, a.organisation_id, a.person_id, 1 AS n"
                          " FROM attendance a JOIN ev ON ev.id = a.event_id"
                          " JOIN code s ON s.id = a.status_id JOIN code r ON r.id = a.role_id"
                          " WHERE %2"
                          " UNION ALL"
                          " SELECT h.event_id, h.profession_id, NULL, NULL, h.count"
                          " FROM headcount h JOIN ev ON ev.id = h.event_id) ")
        .arg(eventsWhere, ParticipantCounts::participantRule(QStringLiteral("s"), QStringLiteral("r")));
}

const QString UnknownProfession =
    QStringLiteral("(SELECT id FROM code WHERE list = :professionList AND code = :unknownProfession)");
const QString InYear = QStringLiteral("date BETWEEN :from AND :to");
const QString OneEvent = QStringLiteral("id = :event");

std::nullopt_t failed(const QSqlQuery& q, Status* status)
{
    if (status)
        *status = Status::failure(ParticipantCounts::tr("The participant counts could not be computed."),
                                  q.lastError().text());
    return std::nullopt;
}

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
    switch (by) {
    case CountTable::Breakdown::Event:
        return unitsCte +
               QStringLiteral("SELECT e.id, e.title, e.date,"
                              " (SELECT sum(n) FROM units u WHERE u.event_id = e.id),"
                              " EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = e.id)"
                              "  OR EXISTS (SELECT 1 FROM headcount h WHERE h.event_id = e.id), e.number,"
                              " (SELECT count(DISTINCT person_id) FROM units u WHERE u.event_id = e.id),"
                              " %1, coalesce(b.name, '')"
                              " FROM event e JOIN ev ON ev.id = e.id JOIN code k ON k.id = e.kind_id"
                              " LEFT JOIN body b ON b.id = e.body_id ORDER BY e.date, e.start_time, e.id")
                   .arg(labelColumn(QStringLiteral("k"), japanese()));
    case CountTable::Breakdown::Profession:
        return unitsCte + QStringLiteral("SELECT p.code, %1, NULL, sum(u.n), 1, 0, count(DISTINCT u.person_id) FROM units u"
                                         " JOIN code p ON p.id = coalesce(u.profession_id, %2)"
                                         " GROUP BY p.id ORDER BY p.sort_order, p.id")
                              .arg(labelColumn(QStringLiteral("p"), japanese()), UnknownProfession);
    case CountTable::Breakdown::ProfessionGroup:
        return unitsCte + QStringLiteral("SELECT g.code, %1, NULL, sum(u.n), 1, 0, count(DISTINCT u.person_id) FROM units u"
                                         " JOIN code p ON p.id = coalesce(u.profession_id, %2)"
                                         " JOIN code g ON g.id = coalesce(p.group_id, p.id)"
                                         " GROUP BY g.id ORDER BY g.sort_order, g.id")
                              .arg(labelColumn(QStringLiteral("g"), japanese()), UnknownProfession);
    case CountTable::Breakdown::Organisation:
        return unitsCte +
               QStringLiteral("SELECT coalesce(o.id, ''), coalesce(o.name, :unknown), NULL, sum(u.n), 1, 0,"
                              " count(DISTINCT u.person_id)"
                              " FROM units u LEFT JOIN organisation o ON o.id = u.organisation_id"
                              " GROUP BY o.id ORDER BY o.id IS NULL, o.reading = '', o.reading, o.name");
    }
    return QString();
}

void ParticipantCounts::bindYear(QSqlQuery& q, const FiscalYear& year)
{
    q.bindValue(QStringLiteral(":from"), year.firstDay().toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), year.lastDay().toString(Qt::ISODate));
}

std::optional<CountTable> ParticipantCounts::compute(const FiscalYear& year, CountTable::Breakdown by,
                                                     Status* status) const
{
    auto table = run(InYear, [&year](QSqlQuery& q) { bindYear(q, year); }, by, status);
    if (table)
        table->fiscalYear = year.startYear();
    return table;
}

std::optional<CountMatrix> ParticipantCounts::computeMatrix(const FiscalYear& year, Status* status) const
{
    CountMatrix matrix;
    matrix.fiscalYear = year.startYear();
    auto events = compute(year, CountTable::Breakdown::Event, status);
    auto professions = events ? compute(year, CountTable::Breakdown::Profession, status) : std::nullopt;
    if (!professions)
        return std::nullopt;
    matrix.events = *events;
    matrix.professions = *professions;

    QHash<QString, qsizetype> eventIndex, professionIndex;
    for (qsizetype i = 0; i < matrix.events.rows.size(); ++i)
        eventIndex.insert(matrix.events.rows.at(i).key, i);
    for (qsizetype i = 0; i < matrix.professions.rows.size(); ++i)
        professionIndex.insert(matrix.professions.rows.at(i).key, i);
    matrix.cells.fill(QList<int>(matrix.professions.rows.size(), 0), matrix.events.rows.size());

    QSqlQuery q(m_db.connection());
    q.prepare(units(InYear) + QStringLiteral("SELECT u.event_id, p.code, sum(u.n) FROM units u"
                                             " JOIN code p ON p.id = coalesce(u.profession_id, %1)"
                                             " GROUP BY u.event_id, p.id")
                                  .arg(UnknownProfession));
    bindYear(q, year);
    bindRule(q);
    if (!q.exec())
        return failed(q, status);
    while (q.next())
        matrix.cells[eventIndex.value(q.value(0).toString())][professionIndex.value(q.value(1).toString())] =
            q.value(2).toInt();
    if (q.lastError().isValid()) // a step failed (a damaged page): not the end of the rows
        return failed(q, status);
    return matrix;
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
    CountTable table;
    table.by = by;

    QSqlQuery q(m_db.connection());
    q.prepare(rowsQuery(by, eventsWhere));
    bindRange(q);
    bindRule(q);
    if (by == CountTable::Breakdown::Organisation)
        q.bindValue(QStringLiteral(":unknown"), text(QT_TR_NOOP("(affiliation unknown)")));
    if (!q.exec())
        return failed(q, status);
    while (q.next()) {
        CountTable::Row row;
        row.key = q.value(0).toString();
        row.label = q.value(1).toString();
        if (by == CountTable::Breakdown::Event && q.value(5).toInt() > 0)
            row.label = text(QT_TR_NOOP("%1 (No. %2)")).arg(row.label).arg(q.value(5).toInt());
        row.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (by == CountTable::Breakdown::Event) {
            row.kind = q.value(7).toString();
            row.body = q.value(8).toString();
        }
        if (q.value(4).toBool())
            row.count = q.value(3).toInt();
        row.distinctPersons = q.value(6).toInt();
        table.rows << row;
    }
    if (q.lastError().isValid()) // a step failed (a damaged page): not the end of the rows
        return failed(q, status);

    q.prepare(units(eventsWhere) +
              QStringLiteral("SELECT coalesce(sum(n), 0), count(DISTINCT person_id) FROM units"));
    bindRange(q);
    bindRule(q);
    if (!q.exec() || !q.next())
        return failed(q, status);
    table.total = q.value(0).toInt();
    table.distinctPersons = q.value(1).toInt();
    if (status)
        *status = Status::success();
    return table;
}

QString ParticipantCounts::participantRule(const QString& status, const QString& role)
{
    return QStringLiteral("%1.code IN (:attended1, :attended2) AND %2.code = :participantRole").arg(status, role);
}

void ParticipantCounts::bindRule(QSqlQuery& q)
{
    const QStringList attended = Code::attendedStatuses();
    Q_ASSERT(attended.size() == 2);
    q.bindValue(QStringLiteral(":attended1"), attended.value(0));
    q.bindValue(QStringLiteral(":attended2"), attended.value(1));
    q.bindValue(QStringLiteral(":participantRole"), Code::Participant);
    // Named whether or not this statement uses them: Qt leaves a name the statement lacks unbound.
    q.bindValue(QStringLiteral(":professionList"), CodeList::Profession);
    q.bindValue(QStringLiteral(":unknownProfession"), Code::UnknownProfession);
}

std::optional<int> ParticipantCounts::eventCount(qint64 eventId) const
{
    const Result<QHash<qint64, int>> counts = eventCounts({eventId});
    if (!counts || !counts->contains(eventId))
        return std::nullopt;
    return counts->value(eventId);
}

Result<QHash<qint64, int>> ParticipantCounts::eventCounts(const QList<qint64>& eventIds) const
{
    QStringList numbers;
    for (const qint64 id : eventIds)
        numbers << QString::number(id);
    const QString ids = numbers.isEmpty() ? QStringLiteral("NULL") : numbers.join(u',');
    QSqlQuery q(m_db.connection());
    // An event with any attendance or headcount row has a count (perhaps 0); one without has none.
    q.prepare(units(QStringLiteral("id IN (%1)").arg(ids)) +
              QStringLiteral("SELECT e.id, coalesce(c.n, 0) FROM event e"
                             " LEFT JOIN (SELECT event_id, sum(n) AS n FROM units GROUP BY event_id) c ON c.event_id = e.id"
                             " WHERE e.id IN (%1) AND (EXISTS (SELECT 1 FROM attendance a WHERE"
                             " a.event_id = e.id) OR EXISTS (SELECT 1 FROM headcount h WHERE h.event_id = e.id))")
                  .arg(ids));
    bindRule(q);
    if (!q.exec())
        return Status::failure(tr("The participant counts could not be computed."), q.lastError().text());
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    if (q.lastError().isValid())
        return Status::failure(tr("The participant counts could not be computed."), q.lastError().text());
    return counts;
}

std::optional<QList<ParticipantCounts::NotCounted>> ParticipantCounts::notCounted(qint64 eventId,
                                                                                  Status* status) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The complement of the named units above: attended, with any role but 参加者.
    q.prepare(QStringLiteral(
                  "SELECT r.id, %1, p.name FROM attendance a JOIN code s ON s.id = a.status_id"
                  " JOIN code r ON r.id = a.role_id JOIN person p ON p.id = a.person_id"
                  " WHERE a.event_id = :id AND s.code IN (:attended1, :attended2) AND r.code <> :participantRole"
                  " ORDER BY r.sort_order, r.id, p.reading, p.name, p.id")
                  .arg(labelColumn(QStringLiteral("r"), japanese())));
    q.bindValue(QStringLiteral(":id"), eventId);
    bindRule(q);
    if (!q.exec())
        return failed(q, status);
    QList<NotCounted> result;
    qint64 role = 0;
    while (q.next()) {
        if (result.isEmpty() || q.value(0).toLongLong() != role) {
            role = q.value(0).toLongLong();
            result << NotCounted{q.value(1).toString(), {}};
        }
        result.last().names << q.value(2).toString();
    }
    if (q.lastError().isValid())
        return failed(q, status);
    if (status)
        *status = Status::success();
    return result;
}
