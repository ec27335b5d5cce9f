#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Body.h"
#include "model/Membership.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads and writes bodies (会議体) and their memberships.
class BodyStore
{
    Q_DECLARE_TR_FUNCTIONS(BodyStore)

public:
    explicit BodyStore(const Database& db);

    // None when there is no such body; a failure when the query fails.
    Result<std::optional<Body>> get(qint64 id) const;
    Result<QList<Body>> all() const;
    // Matches a body's name or short name (folded); 0 if none.
    qint64 find(const QString& text) const;
    // The organiser a new event starts with: the first active council-kind body, else the only
    // active body when there is exactly one (a new council's first body), else none (0).
    qint64 defaultOrganiser() const;
    // The kind a new body starts with: 協議会 (council) while no body is of that kind (a new
    // council's first body is the council itself), else その他 (other); 0 when neither exists.
    qint64 newBodyKind() const;
    Status insert(Body& body);
    Status update(const Body& body);
    Status remove(qint64 id);

    Result<QList<Membership>> memberships(qint64 bodyId) const;
    // What refers to the body (events it organises or co-organises, its memberships, bodies
    // under or reporting to it); none when the query failed.
    std::optional<References> references(qint64 id, Status* status) const;
    QList<Membership> membershipsOfPerson(qint64 personId) const;
    Status insert(Membership& membership);
    Status update(const Membership& membership);
    Status removeMembership(qint64 id);

private:
    Result<QList<Membership>> selectMemberships(const QString& where, qint64 id) const;

    const Database& m_db;
};
