#pragma once

#include "db/Database.h"
#include "model/Membership.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

#include <QTest>

// People, organisations, seats and attendance rows for roster and sign-in sheet tests.
// Each helper fails the running test (QVERIFY) when the store refuses.
class RosterFixture
{
public:
    explicit RosterFixture(Database& db) : m_db(db) {}

    qint64 code(const QString& list, const QString& c) const { return CodeListStore(m_db).idOf(list, c).value(); }

    qint64 organisation(const QString& name, const QString& reading)
    {
        Organisation o;
        o.name = name;
        o.reading = reading;
        [&] { QVERIFY(OrganisationStore(m_db).insert(o)); }();
        return o.id;
    }

    qint64 person(const QString& name, const QString& reading, qint64 organisationId,
                  const QString& profession = QStringLiteral("nurse"))
    {
        Person p;
        p.name = name;
        p.reading = reading;
        p.organisationId = organisationId;
        p.professionId = code(CodeListStore::Profession, profession);
        [&] { QVERIFY(PersonStore(m_db).insert(p)); }();
        return p.id;
    }

    void member(qint64 bodyId, qint64 personId, const QDate& from = QDate(), const QDate& to = QDate())
    {
        Membership m;
        m.bodyId = bodyId;
        m.personId = personId;
        m.termFrom = from;
        m.termTo = to;
        [&] { QVERIFY(BodyStore(m_db).insert(m)); }();
    }

    // An attendance row with the organisation `organisationId` as of the event.
    void attend(qint64 eventId, qint64 personId, const QString& status, qint64 organisationId)
    {
        Attendance a;
        a.eventId = eventId;
        a.personId = personId;
        a.statusId = code(CodeListStore::AttendanceStatus, status);
        a.roleId = code(CodeListStore::AttendanceRole, QStringLiteral("participant"));
        a.organisationId = organisationId;
        a.professionId = PersonStore(m_db).get(personId)->value().professionId;
        [&] { QVERIFY(AttendanceStore(m_db).save(a)); }();
    }

    void proxy(qint64 eventId, qint64 memberId, qint64 cameId)
    {
        const auto came = PersonStore(m_db).get(cameId).valueOr(std::nullopt);
        QVERIFY(came);
        QVERIFY(AttendanceStore(m_db).setProxy(eventId, memberId, code(CodeListStore::AttendanceStatus, QStringLiteral("proxy")),
                                               code(CodeListStore::AttendanceRole, QStringLiteral("participant")), *came));
    }

private:
    Database& m_db;
};
