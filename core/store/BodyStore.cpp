#include "store/BodyStore.h"

#include "db/Database.h"
#include "store/CodeListStore.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
const QString CouncilKind = QStringLiteral("council"); // the body-kind code of 協議会
const QString BodyColumns =
    QStringLiteral("id, name, short_name, kind_id, parent_id, reports_to_id, organisation_id, note, active");
const QString MembershipColumns = QStringLiteral(
    "id, body_id, person_id, organisation_id, profession_id, role_id, represents_id, term_from, term_to, note");

Body bodyFromQuery(const QSqlQuery& q)
{
    Body b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.shortName = q.value(2).toString();
    b.kindId = q.value(3).toLongLong();
    b.parentId = q.value(4).toLongLong();
    b.reportsToId = q.value(5).toLongLong();
    b.organisationId = q.value(6).toLongLong();
    b.note = q.value(7).toString();
    b.active = q.value(8).toBool();
    return b;
}

void bindBody(QSqlQuery& q, const Body& b)
{
    q.addBindValue(SqlUtil::text(b.name.trimmed()));
    q.addBindValue(SqlUtil::text(b.shortName.trimmed()));
    q.addBindValue(SqlUtil::idOrNull(b.kindId));
    q.addBindValue(SqlUtil::idOrNull(b.parentId));
    q.addBindValue(SqlUtil::idOrNull(b.reportsToId));
    q.addBindValue(SqlUtil::idOrNull(b.organisationId));
    q.addBindValue(SqlUtil::text(b.note));
    q.addBindValue(b.active);
}

Membership membershipFromQuery(const QSqlQuery& q)
{
    Membership m;
    m.id = q.value(0).toLongLong();
    m.bodyId = q.value(1).toLongLong();
    m.personId = q.value(2).toLongLong();
    m.organisationId = q.value(3).toLongLong();
    m.professionId = q.value(4).toLongLong();
    m.roleId = q.value(5).toLongLong();
    m.representsId = q.value(6).toLongLong();
    m.termFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.termTo = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.note = q.value(9).toString();
    return m;
}

void bindMembership(QSqlQuery& q, const Membership& m)
{
    q.addBindValue(m.bodyId);
    q.addBindValue(SqlUtil::idOrNull(m.personId));
    q.addBindValue(SqlUtil::idOrNull(m.organisationId));
    q.addBindValue(SqlUtil::idOrNull(m.professionId));
    q.addBindValue(SqlUtil::idOrNull(m.roleId));
    q.addBindValue(SqlUtil::idOrNull(m.representsId));
    q.addBindValue(SqlUtil::textOrNull(m.termFrom.toString(Qt::ISODate)));
    q.addBindValue(SqlUtil::textOrNull(m.termTo.toString(Qt::ISODate)));
    q.addBindValue(SqlUtil::text(m.note));
}
} // namespace

BodyStore::BodyStore(const Database& db) : m_db(db) {}

Result<std::optional<Body>> BodyStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(BodyColumns));
    q.addBindValue(id);
    return SqlUtil::one<Body>(q, tr("The body could not be read."), bodyFromQuery);
}

Result<QList<Body>> BodyStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM body ORDER BY id").arg(BodyColumns));
    return SqlUtil::list<Body>(q, tr("The bodies could not be read."), bodyFromQuery);
}

qint64 BodyStore::find(const QString& text) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return 0;
    for (const Body& b : all().valueOr({})) // not yet a Result for the window's callers
        if (TextFolding::fold(b.name) == key || (!b.shortName.isEmpty() && TextFolding::fold(b.shortName) == key))
            return b.id;
    return 0;
}

qint64 BodyStore::defaultOrganiser() const
{
    const qint64 councilKind = CodeListStore(m_db).idOf(CodeListStore::BodyKind, CouncilKind);
    QList<qint64> active;
    for (const Body& b : all().valueOr({})) { // not yet a Result for the window's callers
        if (!b.active)
            continue;
        if (b.kindId == councilKind && councilKind)
            return b.id;
        active << b.id;
    }
    return active.size() == 1 ? active.first() : 0;
}

qint64 BodyStore::newBodyKind() const
{
    const CodeListStore codes(m_db);
    const qint64 councilKind = codes.idOf(CodeListStore::BodyKind, CouncilKind);
    const QList<Body> bodies = all().valueOr({}); // not yet a Result for the window's callers
    const bool hasCouncil = std::any_of(bodies.begin(), bodies.end(), [councilKind](const Body& b) { return b.kindId == councilKind; });
    if (councilKind && !hasCouncil)
        return councilKind;
    if (const qint64 other = codes.idOf(CodeListStore::BodyKind, QStringLiteral("other")))
        return other;
    const QList<CodeItem> kinds = codes.items(CodeListStore::BodyKind);
    return kinds.isEmpty() ? 0 : kinds.first().id;
}

Status BodyStore::insert(Body& body)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO body (id, name, short_name, kind_id, parent_id, reports_to_id, organisation_id, "
                             "note, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(body.id));
    bindBody(q, body);
    Status st = SqlUtil::exec(q, tr("The body \"%1\" could not be added.").arg(body.name));
    if (st)
        body.id = q.lastInsertId().toLongLong();
    return st;
}

Status BodyStore::update(const Body& body)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE body SET name = ?, short_name = ?, kind_id = ?, parent_id = ?, reports_to_id = ?, "
                             "organisation_id = ?, note = ?, active = ? WHERE id = ?"));
    bindBody(q, body);
    q.addBindValue(body.id);
    return SqlUtil::exec(q, tr("The body \"%1\" could not be saved.").arg(body.name));
}

Status BodyStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM body WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec())
        return Status::success();
    if (SqlUtil::isForeignKeyError(q))
        return Status::failure(tr("This body still organises events or is referred to by other bodies; "
                                  "deactivate it instead."));
    return SqlUtil::exec(q, tr("The body could not be deleted."));
}

Result<QList<Membership>> BodyStore::selectMemberships(const QString& where, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM membership WHERE %2 ORDER BY id").arg(MembershipColumns, where));
    q.addBindValue(id);
    return SqlUtil::list<Membership>(q, tr("The memberships could not be read."), membershipFromQuery);
}

std::optional<References> BodyStore::references(qint64 id, Status* status) const
{
    const auto counts = SqlUtil::countRow(
        m_db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM event e WHERE e.body_id = :id"
            "  OR EXISTS (SELECT 1 FROM event_co_organiser c WHERE c.event_id = e.id AND c.body_id = :id)),"
            " (SELECT count(*) FROM membership WHERE body_id = :id),"
            " (SELECT count(*) FROM body WHERE id <> :id AND (parent_id = :id OR reports_to_id = :id))"),
        id, tr("The records that refer to the body could not be counted."), status);
    if (!counts)
        return std::nullopt;
    References r;
    r.events = counts->at(0);
    r.memberships = counts->at(1);
    r.bodies = counts->at(2);
    return r;
}

Result<QList<Membership>> BodyStore::memberships(qint64 bodyId) const
{
    return selectMemberships(QStringLiteral("body_id = ?"), bodyId);
}

QList<Membership> BodyStore::membershipsOfPerson(qint64 personId) const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    return selectMemberships(QStringLiteral("person_id = ?"), personId).valueOr({});
}

Status BodyStore::insert(Membership& membership)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO membership (id, body_id, person_id, organisation_id, profession_id, role_id, "
                             "represents_id, term_from, term_to, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(membership.id));
    bindMembership(q, membership);
    Status st = SqlUtil::exec(q, tr("The membership could not be added."));
    if (st)
        membership.id = q.lastInsertId().toLongLong();
    return st;
}

Status BodyStore::update(const Membership& membership)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE membership SET body_id = ?, person_id = ?, organisation_id = ?, profession_id = ?, "
                             "role_id = ?, represents_id = ?, term_from = ?, term_to = ?, note = ? WHERE id = ?"));
    bindMembership(q, membership);
    q.addBindValue(membership.id);
    return SqlUtil::exec(q, tr("The membership could not be saved."));
}

Status BodyStore::removeMembership(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM membership WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The membership could not be deleted."));
}
