#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Body.h"
#include "model/Membership.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes bodies (会議体) and their memberships. Reads tell "none" (an empty list, an
// empty optional, 0) from a failed query (a failed Result).
class BodyStore
{
    Q_DECLARE_TR_FUNCTIONS(BodyStore)

public:
    explicit BodyStore(const Database& db);

    Result<std::optional<Body>> get(qint64 id) const;
    Result<QList<Body>> all() const;
    // Matches a body's name or short name (folded); 0 if none.
    Result<qint64> find(const QString& text) const;
    // The organiser a new event starts with: the first active council-kind body, else the only
    // active body when there is exactly one (a new council's first body), else none (0).
    Result<qint64> defaultOrganiser() const;
    // The kind a new body starts with: 協議会 (council) while no body is of that kind (a new
    // council's first body is the council itself), else その他 (other); 0 when neither exists.
    Result<qint64> newBodyKind() const;
    // A body's id 0 lets SQLite choose; an id already set (a body restored by undo) is kept.
    Status insert(Body& body);
    Status update(const Body& body);
    Status remove(qint64 id);

    Result<QList<Membership>> memberships(qint64 bodyId) const;
    // Every membership of every body, in one query (reports).
    Result<QList<Membership>> allMemberships() const;
    Result<std::optional<Membership>> membership(qint64 id) const;
    // What refers to the body (events it organises or co-organises, its memberships, bodies
    // under or reporting to it); none when the query failed.
    std::optional<References> references(qint64 id, Status* status) const;
    Result<QList<Membership>> membershipsOfPerson(qint64 personId) const;
    // As insert(Body&): an id already set is kept.
    Status insert(Membership& membership);
    Status update(const Membership& membership);
    Status removeMembership(qint64 id);

private:
    Result<QList<Membership>> selectMemberships(const QString& where, const QVariantList& binds) const;

    const Database& m_db;
};
