#include "store/OrganisationStore.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "model/SameName.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
const QString ListOrder = QStringLiteral(" ORDER BY o.reading = '', o.reading, o.name, o.id");
}

OrganisationStore::OrganisationStore(const Database& db) : m_db(db) {}

const RecordMap<Organisation>& OrganisationStore::map()
{
    static const RecordMap<Organisation> map =
        RecordMap<Organisation>(QStringLiteral("organisation"), &Organisation::id)
            .trimmedText(QStringLiteral("name"), &Organisation::name)
            .trimmedText(QStringLiteral("reading"), &Organisation::reading)
            .reference(QStringLiteral("category_id"), &Organisation::categoryId)
            .text(QStringLiteral("address"), &Organisation::address)
            .text(QStringLiteral("phone"), &Organisation::phone)
            .text(QStringLiteral("note"), &Organisation::note)
            .flag(QStringLiteral("active"), &Organisation::active)
            .derived(QStringLiteral("search_key"), [](const Organisation& o) {
                return QVariant(SearchKeys::forOrganisation(o.name, o.reading));
            });
    return map;
}

Result<QList<Organisation>> OrganisationStore::select(const QString& where, const QVariantList& values,
                                                      int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM organisation o %2%3%4")
                  .arg(map().selectList(QStringLiteral("o")), where, ListOrder,
                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Organisation>(q, tr("The organisations could not be read."),
                                       [](const QSqlQuery& row) { return map().read(row); });
}

Result<QList<OrganisationListing>> OrganisationStore::selectListings(const QString& where,
                                                                     const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, c.label_ja, c.label_en, o.search_key FROM organisation o"
                             " LEFT JOIN code c ON c.id = o.category_id %2%3")
                  .arg(map().selectList(QStringLiteral("o")), where, ListOrder));
    for (const QVariant& v : values)
        q.addBindValue(v);
    const int labels = map().width();
    return SqlUtil::list<OrganisationListing>(q, tr("The organisations could not be read."),
                                              [labels](const QSqlQuery& row) {
                                                  OrganisationListing l;
                                                  l.organisation = map().read(row);
                                                  l.category = {row.value(labels).toString(),
                                                                row.value(labels + 1).toString()};
                                                  l.searchKey = row.value(labels + 2).toString();
                                                  return l;
                                              });
}

Result<std::optional<Organisation>> OrganisationStore::get(qint64 id) const
{
    const Result<QList<Organisation>> found = select(QStringLiteral("WHERE o.id = ?"), {id});
    if (!found)
        return found.status();
    return found->isEmpty() ? std::optional<Organisation>() : std::optional<Organisation>(found->first());
}

Result<QList<Organisation>> OrganisationStore::all() const
{
    return select(QString(), {});
}

Result<QList<Organisation>> OrganisationStore::byIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<Organisation>();
    return select(QStringLiteral("WHERE o.id IN (%1)").arg(SqlUtil::placeholders(ids.size())), SqlUtil::values(ids));
}

Result<QList<OrganisationListing>> OrganisationStore::listings() const
{
    return selectListings(QString(), {});
}

Result<QList<OrganisationListing>> OrganisationStore::listings(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<OrganisationListing>();
    return selectListings(QStringLiteral("WHERE o.id IN (%1)").arg(SqlUtil::placeholders(ids.size())),
                          SqlUtil::values(ids));
}

Result<QList<Organisation>> OrganisationStore::findByName(const QString& name) const
{
    const QString key = SameName::key(name);
    if (key.isEmpty())
        return QList<Organisation>();
    Result<QList<Organisation>> candidates =
        select(QStringLiteral("WHERE substr(o.search_key, 1, length(?) + 1) = ? || char(31)"), {key, key});
    if (!candidates)
        return candidates;
    // The key starts with the folded name; confirm the rule itself in C++.
    QList<Organisation> found;
    for (const Organisation& o : *candidates)
        if (SameName::key(o.name) == key)
            found << o;
    return found;
}

Result<QList<Organisation>> OrganisationStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return select(QString(), {}, limit);
    return select(QStringLiteral("WHERE instr(o.search_key, ?) > 0"), {key}, limit);
}

Status OrganisationStore::insert(Organisation& org)
{
    const Result<qint64> id = m_insert.run(m_db.connection(), map(), org, org.id > 0,
                                           [&] { return tr("The organisation \"%1\" could not be added.").arg(org.name); });
    if (!id)
        return id.status();
    org.id = *id;
    return Status::success();
}

Status OrganisationStore::update(const Organisation& org)
{
    static const QString sql = map().updateSql();
    QSqlQuery& q = m_update.prepared(m_db.connection(), sql);
    map().bindUpdate(q, org);
    const QString message = tr("The organisation \"%1\" could not be saved.").arg(org.name);
    if (Status st = SqlUtil::exec(q, message); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(message, tr("The organisation is no longer in the database."));
    return Status::success();
}

Result<References> OrganisationStore::references(qint64 id) const
{
    Status st;
    const auto counts = SqlUtil::countRow(
        m_db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM person WHERE organisation_id = :id),"
            " (SELECT count(*) FROM membership WHERE organisation_id = :id OR represents_id = :id),"
            " (SELECT count(*) FROM body WHERE organisation_id = :id),"
            " (SELECT count(*) FROM attendance WHERE organisation_id = :id)"),
        id, tr("The records that refer to the organisation could not be counted."), &st);
    if (!counts)
        return st;
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
    return SqlUtil::failure(q, tr("The organisation could not be deleted."));
}
