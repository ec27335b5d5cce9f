#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Body.h"
#include "model/Membership.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

class Services;

// Bodies (会議体) and their memberships (委員): every read and write the bodies page, the event
// editor and the command line make. Each write is one transaction announcing what it changed;
// add/remove/restore let undo put a removed record back under its own id.
class BodyService
{
    Q_DECLARE_TR_FUNCTIONS(BodyService)

public:
    // One seat as a list shows it: who holds it and the labels of its role and representation,
    // read with the membership in one query for all seats.
    struct Seat
    {
        enum class Holder { Person, Organisation, ProfessionOnly };
        Membership membership;
        Holder holder = Holder::ProfessionOnly;
        QString member;     // the person's or organisation's name, or the profession's label
        QString role;       // in the UI language
        int roleOrder = 0;  // the role's place in its list (会長 first); large for no role
        QString represents; // the organisation the seat represents
    };

    explicit BodyService(Services& services) : m_services(services) {}

    Result<QList<Body>> bodies() const;
    Result<std::optional<Body>> body(qint64 id) const;
    // A body by its name or short name (folded); 0 if none.
    Result<qint64> find(const QString& text) const;
    // The kind a new body starts with (BodyStore::newBodyKind).
    Result<qint64> newBodyKind() const;
    // The organiser a new event starts with (BodyStore::defaultOrganiser).
    Result<qint64> defaultOrganiser() const;
    // Current members per body on `day` (MembershipTerms), for every body in one query.
    Result<QHash<qint64, int>> currentMemberCounts(const QDate& day) const;
    Result<References> references(qint64 id) const;

    Result<qint64> add(Body body);
    Status update(const Body& body);
    Status remove(qint64 id);
    // Puts a removed body back under its own id (undo of remove, redo of add).
    Status restore(const Body& body);

    // The seats of one body, in one query whatever their number.
    Result<QList<Seat>> seats(qint64 bodyId) const;
    // The seats `ids` (rows a change touched), in one query.
    Result<QList<Seat>> seatsByIds(const QList<qint64>& ids) const;
    Result<QList<Membership>> memberships(qint64 bodyId) const;
    // The role a new member starts with (委員), 0 when the list has none.
    Result<qint64> defaultRole() const;
    Result<qint64> addMembership(Membership membership);
    Status updateMembership(const Membership& membership);
    Status removeMembership(qint64 id);
    Status restoreMembership(const Membership& membership);
    // Ends the term of `membershipId` on `lastDay`, which still belongs to the term
    // (MembershipTerms): the member sits that day and is past from the next. Refused before
    // the term's first day.
    Status endTerm(qint64 membershipId, const QDate& lastDay);

private:
    Result<QList<Seat>> selectSeats(const QString& where, const QVariantList& binds) const;
    Status putBody(const Body& body, bool restore);
    Status putMembership(const Membership& membership, bool restore);

    Services& m_services;
};
