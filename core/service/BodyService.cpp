#include "service/BodyService.h"

#include "db/Database.h"
#include "domain/Codes.h"
#include "domain/MembershipTerms.h"
#include "model/CodeItem.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace {
constexpr int NoRoleOrder = 1000; // seats without a role come after every role

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}
} // namespace

Result<QList<Body>> BodyService::bodies() const
{
    return BodyStore(m_services.db()).all();
}

Result<std::optional<Body>> BodyService::body(qint64 id) const
{
    return BodyStore(m_services.db()).get(id);
}

Result<qint64> BodyService::find(const QString& text) const
{
    return BodyStore(m_services.db()).find(text);
}

Result<qint64> BodyService::newBodyKind() const
{
    return BodyStore(m_services.db()).newBodyKind();
}

Result<qint64> BodyService::defaultOrganiser() const
{
    return BodyStore(m_services.db()).defaultOrganiser();
}

Result<QHash<qint64, int>> BodyService::currentMemberCounts(const QDate& day) const
{
    const Result<QList<Membership>> all = BodyStore(m_services.db()).allMemberships();
    if (!all)
        return all.status();
    QHash<qint64, int> counts;
    for (const Membership& m : *all)
        if (MembershipTerms::covers(m, day))
            ++counts[m.bodyId];
    return counts;
}

Result<References> BodyService::references(qint64 id) const
{
    Status st;
    const auto refs = BodyStore(m_services.db()).references(id, &st);
    if (!refs)
        return st;
    return *refs;
}

Result<qint64> BodyService::add(Body body)
{
    body.id = 0;
    const QString message = tr("The body \"%1\" could not be added.").arg(body.name);
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = BodyStore(m_services.db()).insert(body); !st)
        return st;
    work.note({Change::Entity::Body, Change::Op::Inserted, {body.id}});
    if (Status st = work.commit(message); !st)
        return st;
    return body.id;
}

Status BodyService::putBody(const Body& body, bool restore)
{
    const QString message = restore ? tr("The body \"%1\" could not be put back.").arg(body.name)
                                    : tr("The body \"%1\" could not be saved.").arg(body.name);
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    Body copy = body;
    BodyStore store(m_services.db());
    if (Status st = restore ? store.insert(copy) : store.update(copy); !st)
        return st;
    work.note({Change::Entity::Body, restore ? Change::Op::Inserted : Change::Op::Updated, {body.id}});
    return work.commit(message);
}

Status BodyService::update(const Body& body)
{
    return putBody(body, false);
}

Status BodyService::restore(const Body& body)
{
    Q_ASSERT(body.id > 0);
    return putBody(body, true);
}

Status BodyService::remove(qint64 id)
{
    const QString message = tr("The body could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = BodyStore(m_services.db()).remove(id); !st)
        return st;
    work.note({Change::Entity::Body, Change::Op::Removed, {id}});
    return work.commit(message);
}

Result<QList<BodyService::Seat>> BodyService::selectSeats(const QString& where, const QVariantList& binds) const
{
    // Holder, role and representation joined in: one query however many seats.
    QSqlQuery q(m_services.db().connection());
    q.prepare(QStringLiteral(
                  "SELECT m.id, m.body_id, m.person_id, m.organisation_id, m.profession_id, m.role_id,"
                  " m.represents_id, m.term_from, m.term_to, m.note,"
                  " p.name, o.name, f.label_ja, f.label_en, r.label_ja, r.label_en, r.sort_order, rep.name"
                  " FROM membership m LEFT JOIN person p ON p.id = m.person_id"
                  " LEFT JOIN organisation o ON o.id = m.organisation_id"
                  " LEFT JOIN code f ON f.id = m.profession_id LEFT JOIN code r ON r.id = m.role_id"
                  " LEFT JOIN organisation rep ON rep.id = m.represents_id %1 ORDER BY m.id")
                  .arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    const auto label = [](const QSqlQuery& row, int at) {
        CodeItem c;
        c.labelJa = row.value(at).toString();
        c.labelEn = row.value(at + 1).toString();
        return c.label();
    };
    return SqlUtil::list<Seat>(q, tr("The members of the body could not be read."), [&label](const QSqlQuery& row) {
        Seat s;
        Membership& m = s.membership;
        m.id = row.value(0).toLongLong();
        m.bodyId = row.value(1).toLongLong();
        m.personId = row.value(2).toLongLong();
        m.organisationId = row.value(3).toLongLong();
        m.professionId = row.value(4).toLongLong();
        m.roleId = row.value(5).toLongLong();
        m.representsId = row.value(6).toLongLong();
        m.termFrom = QDate::fromString(row.value(7).toString(), Qt::ISODate);
        m.termTo = QDate::fromString(row.value(8).toString(), Qt::ISODate);
        m.note = row.value(9).toString();
        if (m.personId) {
            s.holder = Seat::Holder::Person;
            s.member = row.value(10).toString();
        } else if (m.organisationId) {
            s.holder = Seat::Holder::Organisation;
            s.member = row.value(11).toString();
        } else {
            s.member = label(row, 12);
        }
        s.role = label(row, 14);
        s.roleOrder = m.roleId && !row.value(16).isNull() ? row.value(16).toInt() : NoRoleOrder;
        s.represents = row.value(17).toString();
        return s;
    });
}

Result<QList<BodyService::Seat>> BodyService::seats(qint64 bodyId) const
{
    return selectSeats(QStringLiteral("WHERE m.body_id = ?"), {bodyId});
}

Result<QList<BodyService::Seat>> BodyService::seatsByIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<Seat>();
    return selectSeats(QStringLiteral("WHERE m.id IN (%1)").arg(idList(ids)), {});
}

Result<QList<Membership>> BodyService::memberships(qint64 bodyId) const
{
    return BodyStore(m_services.db()).memberships(bodyId);
}

Result<qint64> BodyService::defaultRole() const
{
    const Result<QList<CodeItem>> roles = CodeListStore(m_services.db()).list(CodeList::MembershipRole);
    if (!roles)
        return roles.status();
    for (const CodeItem& c : *roles)
        if (c.code == Code::Member)
            return c.id;
    return qint64(0);
}

Result<qint64> BodyService::addMembership(Membership membership)
{
    membership.id = 0;
    const QString message = tr("The membership could not be added.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = BodyStore(m_services.db()).insert(membership); !st)
        return st;
    work.note({Change::Entity::Membership, Change::Op::Inserted, {membership.id}, membership.bodyId});
    if (Status st = work.commit(message); !st)
        return st;
    return membership.id;
}

Status BodyService::putMembership(const Membership& membership, bool restore)
{
    const QString message =
        restore ? tr("The membership could not be put back.") : tr("The membership could not be saved.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    Membership copy = membership;
    BodyStore store(m_services.db());
    if (Status st = restore ? store.insert(copy) : store.update(copy); !st)
        return st;
    work.note({Change::Entity::Membership, restore ? Change::Op::Inserted : Change::Op::Updated, {membership.id},
               membership.bodyId});
    return work.commit(message);
}

Status BodyService::updateMembership(const Membership& membership)
{
    return putMembership(membership, false);
}

Status BodyService::restoreMembership(const Membership& membership)
{
    Q_ASSERT(membership.id > 0);
    return putMembership(membership, true);
}

Status BodyService::removeMembership(qint64 id)
{
    const QString message = tr("The membership could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    BodyStore store(m_services.db());
    const auto found = store.membership(id);
    if (!found)
        return found.status();
    if (!*found)
        return Status::failure(message, tr("The membership is no longer in the file."));
    if (Status st = store.removeMembership(id); !st)
        return st;
    work.note({Change::Entity::Membership, Change::Op::Removed, {id}, (*found)->bodyId});
    return work.commit(message);
}

Status BodyService::endTerm(qint64 membershipId, const QDate& lastDay)
{
    const QString message = tr("The term could not be ended.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    BodyStore store(m_services.db());
    const auto found = store.membership(membershipId);
    if (!found)
        return found.status();
    if (!*found)
        return Status::failure(message, tr("The membership is no longer in the file."));
    Membership m = **found;
    if (!lastDay.isValid() || (m.termFrom.isValid() && lastDay < m.termFrom))
        return Status::failure(tr("The term cannot end before it begins."));
    m.termTo = lastDay;
    if (Status st = store.update(m); !st)
        return st;
    work.note({Change::Entity::Membership, Change::Op::Updated, {m.id}, m.bodyId});
    return work.commit(message);
}
