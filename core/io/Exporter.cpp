#include "io/Exporter.h"

#include "Locale.h"
#include "db/Database.h"
#include "io/AttendanceImporter.h"
#include "io/EventImporter.h"
#include "io/OrganisationImporter.h"
#include "io/PersonImporter.h"
#include "store/CodeListStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(Exporter::tr("The records could not be read for the export; nothing was written."),
                           q.lastError().text());
}

// Code labels by id, in the language of the export.
Result<QHash<qint64, QString>> codeLabels(const Database& db)
{
    QHash<qint64, QString> labels;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, label_ja, label_en FROM code")))
        return failed(q);
    while (q.next())
        labels.insert(q.value(0).toLongLong(),
                      Locale::isJapanese() || q.value(2).toString().isEmpty() ? q.value(1).toString()
                                                                              : q.value(2).toString());
    if (q.lastError().isValid())
        return failed(q);
    return labels;
}

// Code columns become labels; a NULL in a number column stays null (empty in CSV, null in JSON),
// a NULL elsewhere becomes empty text. A step that fails (a damaged page) is a failure, not the
// end of the rows.
Status fill(DataTable& table, QSqlQuery& q, const QHash<qint64, QString>& labels, const QList<int>& codeColumns,
            const QList<int>& numberColumns)
{
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            if (codeColumns.contains(c))
                row << labels.value(v.toLongLong());
            else if (v.isNull())
                row << (numberColumns.contains(c) ? QVariant() : QVariant(QString()));
            else
                row << v;
        }
        table.rows << row;
    }
    return q.lastError().isValid() ? failed(q) : Status::success();
}
} // namespace

Exporter::Exporter(const Database& db) : m_db(db) {}

Result<DataTable> Exporter::read(const QList<ImportField>& fields, const QString& sql, const QList<int>& codeColumns,
                                 const QList<int>& numberColumns) const
{
    DataTable t;
    for (const ImportField& f : fields) {
        t.keys << f.key;
        t.headers << f.label();
    }
    const auto labels = codeLabels(m_db);
    if (!labels)
        return labels.status();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return failed(q);
    if (Status st = fill(t, q, *labels, codeColumns, numberColumns); !st)
        return st;
    return t;
}

Result<DataTable> Exporter::table(Importer::Kind kind) const
{
    switch (kind) {
    case Importer::Kind::Organisations:
        return organisations();
    case Importer::Kind::People:
        return people();
    case Importer::Kind::Events:
        return events();
    case Importer::Kind::Attendance:
        return attendance();
    }
    Q_UNREACHABLE();
    return DataTable();
}

Result<DataTable> Exporter::organisations() const
{
    return read(OrganisationImporter::fields(),
                QStringLiteral("SELECT name, reading, category_id, address, phone, note FROM organisation "
                          "ORDER BY reading = '', reading, name, id"),
                {2});
}

Result<DataTable> Exporter::people() const
{
    return read(PersonImporter::fields(),
                QStringLiteral("SELECT p.name, p.reading, p.profession_id, o.name, p.department, p.title, p.email, "
                          "p.phone, p.note FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                          "ORDER BY p.reading = '', p.reading, p.name, p.id"),
                {2});
}

Result<DataTable> Exporter::events() const
{
    return read(EventImporter::fields(),
                QStringLiteral(
        "SELECT e.kind_id, e.date, e.start_time, e.end_time, e.title, e.theme, s.name, e.number, b.name, e.venue, e.format_id, "
        " (SELECT group_concat(name, '、') FROM (SELECT cb.name FROM event_co_organiser c JOIN body cb ON cb.id = c.body_id"
        "   WHERE c.event_id = e.id ORDER BY cb.id)),"
        " e.purpose, e.outcomes,"
        " (SELECT h.count FROM headcount h JOIN code p ON p.id = h.profession_id"
        "   WHERE h.event_id = e.id AND p.code = 'unknown')"
        " FROM event e LEFT JOIN series s ON s.id = e.series_id LEFT JOIN body b ON b.id = e.body_id"
        " ORDER BY e.date, e.start_time, e.id"),
                {0, 10}, {7, 14});
}

Result<DataTable> Exporter::attendance() const
{
    return read(AttendanceImporter::fields(),
                QStringLiteral("SELECT e.date, e.title, p.name, p.reading, o.name, a.profession_id, a.status_id, a.role_id "
                          "FROM attendance a JOIN event e ON e.id = a.event_id JOIN person p ON p.id = a.person_id "
                          "LEFT JOIN organisation o ON o.id = a.organisation_id "
                          "ORDER BY e.date, e.id, p.reading = '', p.reading, p.name"),
                {5, 6, 7});
}
