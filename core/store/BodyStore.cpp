#include "store/BodyStore.h"

#include "db/Database.h"
#include "db/RecordMap.h"
#include "domain/Codes.h"
#include "store/CodeListStore.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
const RecordMap<Body>& bodyMap()
{
    static const RecordMap<Body> map = RecordMap<Body>(QStringLiteral("body"), &Body::id)
                                           .trimmedText(QStringLiteral("name"), &Body::name)
                                           .trimmedText(QStringLiteral("short_name"), &Body::shortName)
                                           .reference(QStringLiteral("kind_id"), &Body::kindId)
                                           .reference(QStringLiteral("parent_id"), &Body::parentId)
                                           .reference(QStringLiteral("reports_to_id"), &Body::reportsToId)
                                           .reference(QStringLiteral("organisation_id"), &Body::organisationId)
                                           .text(QStringLiteral("note"), &Body::note)
                                           .flag(QStringLiteral("active"), &Body::active);
    return map;
}

const RecordMap<Membership>& membershipMap()
{
    static const RecordMap<Membership> map =
        RecordMap<Membership>(QStringLiteral("membership"), &Membership::id)
            .reference(QStringLiteral("body_id"), &Membership::bodyId)
            .reference(QStringLiteral("person_id"), &Membership::personId)
            .reference(QStringLiteral("organisation_id"), &Membership::organisationId)
            .reference(QStringLiteral("profession_id"), &Membership::professionId)
            .reference(QStringLiteral("role_id"), &Membership::roleId)
            .reference(QStringLiteral("represents_id"), &Membership::representsId)
            .date(QStringLiteral("term_from"), &Membership::termFrom)
            .date(QStringLiteral("term_to"), &Membership::termTo)
            .text(QStringLiteral("note"), &Membership::note);
    return map;
}

Body readBody(const QSqlQuery& q)
{
    return bodyMap().read(q);
}
Membership readMembership(const QSqlQuery& q)
{
    return membershipMap().read(q);
}

// Inserts `record` with RETURNING id; an id already set is written too (undo restores a
// record under its own id).
template <class T>
Status insertRecord(const QSqlDatabase& connection, const RecordMap<T>& map, T& record, qint64 T::*id,
                    const QString& message)
{
    const bool withId = record.*id > 0;
    QSqlQuery q(connection);
    q.prepare(map.insertSql(withId));
    map.bindInsert(q, record, withId);
    const Result<qint64> added = SqlUtil::insertReturningId(q, message);
    if (!added)
        return added.status();
    record.*id = *added;
    return Status::success();
}

template <class T>
Status updateRecord(const QSqlDatabase& connection, const RecordMap<T>& map, const T& record,
                    const QString& message)
{
    QSqlQuery q(connection);
    q.prepare(map.updateSql());
    map.bindUpdate(q, record);
    if (Status st = SqlUtil::exec(q, message); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(message, BodyStore::tr("The record is no longer in the file."));
    return Status::success();
}
} // namespace

BodyStore::BodyStore(const Database& db) : m_db(db) {}

Result<std::optional<Body>> BodyStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(bodyMap().selectList()));
    q.addBindValue(id);
    return SqlUtil::one<Body>(q, tr("The body could not be read."), readBody);
}

Result<QList<Body>> BodyStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM body ORDER BY id").arg(bodyMap().selectList()));
    return SqlUtil::list<Body>(q, tr("The bodies could not be read."), readBody);
}

Result<qint64> BodyStore::find(const QString& text) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return qint64(0);
    const Result<QList<Body>> bodies = all();
    if (!bodies)
        return bodies.status();
    for (const Body& b : *bodies)
        if (TextFolding::fold(b.name) == key || (!b.shortName.isEmpty() && TextFolding::fold(b.shortName) == key))
            return b.id;
    return qint64(0);
}

Result<qint64> BodyStore::defaultOrganiser() const
{
    const Result<QList<CodeItem>> kinds = CodeListStore(m_db).list(CodeList::BodyKind);
    const Result<QList<Body>> bodies = kinds ? all() : Result<QList<Body>>(kinds.status());
    if (!bodies)
        return bodies.status();
    qint64 councilKind = 0;
    for (const CodeItem& c : *kinds)
        if (c.code == Code::CouncilBody)
            councilKind = c.id;
    QList<qint64> active;
    for (const Body& b : *bodies) {
        if (!b.active)
            continue;
        if (councilKind && b.kindId == councilKind)
            return b.id;
        active << b.id;
    }
    return active.size() == 1 ? active.first() : qint64(0);
}

Result<qint64> BodyStore::newBodyKind() const
{
    const Result<QList<CodeItem>> kinds = CodeListStore(m_db).list(CodeList::BodyKind);
    const Result<QList<Body>> bodies = kinds ? all() : Result<QList<Body>>(kinds.status());
    if (!bodies)
        return bodies.status();
    qint64 councilKind = 0, otherKind = 0;
    for (const CodeItem& c : *kinds) {
        if (c.code == Code::CouncilBody)
            councilKind = c.id;
        else if (c.code == Code::OtherBody)
            otherKind = c.id;
    }
    const bool hasCouncil =
        std::any_of(bodies->begin(), bodies->end(), [councilKind](const Body& b) { return b.kindId == councilKind; });
    if (councilKind && !hasCouncil)
        return councilKind;
    if (otherKind)
        return otherKind;
    return kinds->isEmpty() ? qint64(0) : kinds->first().id;
}

Status BodyStore::insert(Body& body)
{
    return insertRecord(m_db.connection(), bodyMap(), body, &Body::id,
                        tr("The body \"%1\" could not be added.").arg(body.name));
}

Status BodyStore::update(const Body& body)
{
    return updateRecord(m_db.connection(), bodyMap(), body, tr("The body \"%1\" could not be saved.").arg(body.name));
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
    return SqlUtil::failure(q, tr("The body could not be deleted."));
}

Result<QList<Membership>> BodyStore::selectMemberships(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM membership %2 ORDER BY id").arg(membershipMap().selectList(), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return SqlUtil::list<Membership>(q, tr("The memberships could not be read."), readMembership);
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
    return selectMemberships(QStringLiteral("WHERE body_id = ?"), {bodyId});
}

Result<QList<Membership>> BodyStore::allMemberships() const
{
    return selectMemberships(QString(), {});
}

Result<std::optional<Membership>> BodyStore::membership(qint64 id) const
{
    const Result<QList<Membership>> rows = selectMemberships(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.status();
    return rows->isEmpty() ? std::optional<Membership>() : std::optional<Membership>(rows->first());
}

Result<QList<Membership>> BodyStore::membershipsOfPerson(qint64 personId) const
{
    return selectMemberships(QStringLiteral("WHERE person_id = ?"), {personId});
}

Status BodyStore::insert(Membership& membership)
{
    return insertRecord(m_db.connection(), membershipMap(), membership, &Membership::id,
                        tr("The membership could not be added."));
}

Status BodyStore::update(const Membership& membership)
{
    return updateRecord(m_db.connection(), membershipMap(), membership, tr("The membership could not be saved."));
}

Status BodyStore::removeMembership(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM membership WHERE id = ?"));
    q.addBindValue(id);
    return SqlUtil::exec(q, tr("The membership could not be deleted."));
}
