#include "counts/ParticipantCounts.h"
#include "db/Database.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

// 代理出席: the person who came has the row (status proxy, substitute_for = the member), so
// counts by profession and organisation, and 実人数, count who was there.
class TestProxyAttendance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_event = 0, m_hospital = 0, m_station = 0;
    qint64 m_doctor = 0, m_nurse = 0, m_therapist = 0;

    qint64 code(const QString& list, const QString& c) { return CodeListStore(m_db).idOf(list, c).value(); }
    qint64 status(const char* c) { return code(CodeListStore::AttendanceStatus, QString::fromLatin1(c)); }
    qint64 participant() { return code(CodeListStore::AttendanceRole, QStringLiteral("participant")); }

    qint64 addPerson(const QString& name, const QString& profession, qint64 org)
    {
        Person p;
        p.name = name;
        p.professionId = code(CodeListStore::Profession, profession);
        p.organisationId = org;
        PersonStore(m_db).insert(p);
        return p.id;
    }
    qint64 addOrganisation(const QString& name)
    {
        Organisation o;
        o.name = name;
        OrganisationStore(m_db).insert(o);
        return o.id;
    }
    Person person(qint64 id) { return PersonStore(m_db).get(id)->value(); }
    Attendance row(qint64 personId, qint64 statusId, qint64 roleId, qint64 substituteFor = 0)
    {
        Attendance a;
        a.eventId = m_event;
        a.personId = personId;
        a.statusId = statusId;
        a.roleId = roleId;
        a.substituteForId = substituteFor;
        return a;
    }
    CountTable counts(CountTable::Breakdown by)
    {
        Status st;
        const auto table = ParticipantCounts(m_db).computeForEvent(m_event, by, &st);
        if (!table)
            qWarning() << st.fullText();
        return table.value_or(CountTable());
    }
    QStringList labels(const CountTable& table)
    {
        QStringList result;
        for (const auto& row : table.rows)
            result << QStringLiteral("%1=%2").arg(row.label).arg(row.count.value_or(-1));
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("proxy-%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(m_db.create(path));
        m_hospital = addOrganisation(QStringLiteral("加賀市医療センター"));
        m_station = addOrganisation(QStringLiteral("訪問看護ステーション"));
        m_doctor = addPerson(QStringLiteral("医師 太郎"), QStringLiteral("doctor"), m_hospital);
        m_nurse = addPerson(QStringLiteral("看護 花子"), QStringLiteral("nurse"), m_station);
        m_therapist = addPerson(QStringLiteral("理学 次郎"), QStringLiteral("physiotherapist"), m_station);
        Event e;
        e.kindId = code(CodeListStore::EventKind, QStringLiteral("meeting"));
        e.date = QDate(2024, 7, 1);
        e.title = QStringLiteral("運営委員会");
        QVERIFY(EventStore(m_db).insert(e));
        m_event = e.id;
    }

    void countsThePersonWhoCame()
    {
        AttendanceStore store(m_db);
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_nurse)));
        QVERIFY(!store.find(m_event, m_doctor).value());
        const auto row = store.proxyFor(m_event, m_doctor).value();
        QVERIFY(row);
        QCOMPARE(row->personId, m_nurse);
        QCOMPARE(row->statusId, status("proxy"));
        QCOMPARE(row->professionId, code(CodeListStore::Profession, QStringLiteral("nurse")));
        QCOMPARE(row->organisationId, m_station);

        const CountTable byProfession = counts(CountTable::Breakdown::Profession);
        QCOMPARE(labels(byProfession), QStringList{QStringLiteral("Nurse=1")});
        QCOMPARE(byProfession.total, 1);
        QCOMPARE(byProfession.distinctPersons, 1);
        QCOMPARE(labels(counts(CountTable::Breakdown::Organisation)), QStringList{QStringLiteral("訪問看護ステーション=1")});
    }

    void anotherSubstituteReplacesTheFirst()
    {
        AttendanceStore store(m_db);
        Attendance own = row(m_doctor, status("absent"), code(CodeListStore::AttendanceRole, QStringLiteral("facilitator")));
        QVERIFY(store.save(own));
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_nurse)));
        // The member's role goes with the proxy.
        QCOMPARE(store.proxyFor(m_event, m_doctor).value()->roleId, own.roleId);
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_therapist)));
        QCOMPARE(store.forEvent(m_event).value().size(), 1);
        QCOMPARE(store.proxyFor(m_event, m_doctor).value()->personId, m_therapist);
        QCOMPARE(store.proxyFor(m_event, m_doctor).value()->roleId, own.roleId);
    }

    void aPresentPersonBecomesTheProxy()
    {
        // Already ticked present, then found to have come for the doctor: one row, counted once.
        AttendanceStore store(m_db);
        Attendance nurse = row(m_nurse, status("present"), participant());
        nurse.professionId = code(CodeListStore::Profession, QStringLiteral("care-manager")); // as of the event
        QVERIFY(store.save(nurse));
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_nurse)));
        QCOMPARE(store.forEvent(m_event).value().size(), 1);
        QCOMPARE(store.proxyFor(m_event, m_doctor).value()->professionId, nurse.professionId);
        QCOMPARE(counts(CountTable::Breakdown::Profession).total, 1);
    }

    void oneSubstituteRowPerMember()
    {
        // The schema itself refuses a second proxy row for the same member.
        AttendanceStore store(m_db);
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_nurse)));
        Attendance second = row(m_therapist, status("proxy"), participant(), m_doctor);
        QVERIFY(!store.save(second));
    }

    void restoreRowsUndoesAProxy()
    {
        AttendanceStore store(m_db);
        Attendance own = row(m_doctor, status("no-reply"), participant());
        QVERIFY(store.save(own));
        const QList<qint64> ids{m_doctor, m_nurse};
        const QList<Attendance> before = store.rowsAbout(m_event, ids).value();
        QCOMPARE(before.size(), 1);
        QVERIFY(store.setProxy(m_event, m_doctor, status("proxy"), participant(), person(m_nurse)));
        QVERIFY(store.restoreRows(m_event, ids, before));
        const QList<Attendance> after = store.forEvent(m_event).value();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().personId, m_doctor);
        QCOMPARE(after.first().statusId, status("no-reply"));
        QVERIFY(!store.proxyFor(m_event, m_doctor).value());
    }
};

RENKEI_TEST_MAIN(TestProxyAttendance)
#include "TestProxyAttendance.moc"
