#include "store/OrganisationStore.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral("id, name, reading, category_id, address, phone, note, active");

Organisation fromQuery(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.reading = q.value(2).toString();
    o.categoryId = q.value(3).toLongLong();
    o.address = q.value(4).toString();
    o.phone = q.value(5).toString();
    o.note = q.value(6).toString();
    o.active = q.value(7).toBool();
    return o;
}

void bindFields(QSqlQuery& q, const Organisation& o)
{
    q.addBindValue(SqlUtil::text(o.name.trimmed()));
    q.addBindValue(SqlUtil::text(o.reading.trimmed()));
    q.addBindValue(SqlUtil::idOrNull(o.categoryId));
    q.addBindValue(SqlUtil::text(o.address));
    q.addBindValue(SqlUtil::text(o.phone));
    q.addBindValue(SqlUtil::text(o.note));
    q.addBindValue(o.active);
    q.addBindValue(SearchKeys::forOrganisation(o.name, o.reading));
}
} // namespace

OrganisationStore::OrganisationStore(const Database& db) : m_db(db) {}

Result<QList<Organisation>> OrganisationStore::select(const QString& where, const QVariantList& values, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM organisation %2 ORDER BY reading = '', reading, name, id%3")
                  .arg(Columns, where, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Organisation>(q, tr("The organisations could not be read."), fromQuery);
}

Result<std::optional<Organisation>> OrganisationStore::get(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Organisation>() : std::optional<Organisation>(list->first());
}

QList<Organisation> OrganisationStore::all() const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    return select(QString(), {}).valueOr({});
}

QList<Organisation> OrganisationStore::findByName(const QString& name) const
{
    const QString key = TextFolding::fold(name);
    QList<Organisation> result;
    if (key.isEmpty())
        return result;
    // The key starts with the folded name; confirm the exact folded name in C++.
    for (const Organisation& o : select(QStringLiteral("WHERE substr(search_key, 1, length(?) + 1) = ? || char(31)"), {key, key}).valueOr({}))
        if (TextFolding::fold(o.name) == key)
            result << o;
    return result;
}

Result<QList<Organisation>> OrganisationStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return select(QString(), {}, limit);
    return select(QStringLiteral("WHERE instr(search_key, ?) > 0"), {key}, limit);
}

Status OrganisationStore::insert(Organisation& org)
{
    QSqlQuery q(m_db.connection());
    // An id already set (undo of a delete) is kept; 0 lets SQLite choose.
    q.prepare(QStringLiteral("INSERT INTO organisation (id, name, reading, category_id, address, phone, note, active, "
                             "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(org.id));
    bindFields(q, org);
    Status st = SqlUtil::exec(q, tr("The organisation \"%1\" could not be added.").arg(org.name));
    if (st)
        org.id = q.lastInsertId().toLongLong();
    return st;
}

Status OrganisationStore::update(const Organisation& org)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE organisation SET name = ?, reading = ?, category_id = ?, address = ?, "
                             "phone = ?, note = ?, active = ?, search_key = ? WHERE id = ?"));
    bindFields(q, org);
    q.addBindValue(org.id);
    return SqlUtil::exec(q, tr("The organisation \"%1\" could not be saved.").arg(org.name));
}

std::optional<References> OrganisationStore::references(qint64 id, Status* status) const
{
    const auto counts = SqlUtil::countRow(
        m_db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM person WHERE organisation_id = :id),"
            " (SELECT count(*) FROM membership WHERE organisation_id = :id OR represents_id = :id),"
            " (SELECT count(*) FROM body WHERE organisation_id = :id),"
            " (SELECT count(*) FROM attendance WHERE organisation_id = :id)"),
        id, tr("The records that refer to the organisation could not be counted."), status);
    if (!counts)
        return std::nullopt;
    References r;
    r.people = counts->at(0);
    r.memberships = counts->at(1);
    r.bodies = counts->at(2);
    r.attendances = counts->at(3);
    return r;
}

Status OrganisationStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM organisation WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec())
        return Status::success();
    if (SqlUtil::isForeignKeyError(q))
        return Status::failure(tr("This organisation is still referred to by people, memberships or attendance; "
                                  "deactivate it instead."));
    return SqlUtil::exec(q, tr("The organisation could not be deleted."));
}
