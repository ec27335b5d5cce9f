// Events and attendance through their services: the 代理出席 rule in its one place, reads that do
// not grow their number of queries with rows, failed reads that are failures (never an empty
// list or "not a lecturer"), changes announced for the event they belong to, and a deleted event
// put back with its own ids.
#include "attendance/AttendanceRules.h"
#include "attendance/EventRoster.h"
#include "attendance/ProxyAttendance.h"
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "service/AttendanceService.h"
#include "service/EventService.h"
#include "service/Services.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
Person personCalled(qint64 id, const QString& name = {})
{
    Person p;
    p.id = id;
    p.name = name;
    return p;
}
} // namespace

class TestEventServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_event = 0; // 2024-12-12, with a programme and attendance
    qint64 m_council = 0;

    qint64 code(const QString& list, const QString& c) { return CodeListStore(m_db).idOf(list, c).value(); }

    void exec(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    // Adds `n` trainings in FY2025 (no other events there), each with one attendance row.
    void addEvents(int n, qint64 personId)
    {
        for (int i = 0; i < n; ++i) {
            Event e;
            e.kindId = code(CodeListStore::EventKind, Code::Training);
            e.bodyId = m_council;
            e.date = QDate(2025, 5, 1).addDays(i % 300);
            e.title = QStringLiteral("研修 %1").arg(i);
            QVERIFY(EventStore(m_db).insert(e));
            RosterFixture(m_db).attend(e.id, personId, Code::Present, 0);
        }
    }

private slots:
    void init()
    {
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
        const QList<Event> events = EventStore(m_db).findByDate(QDate(2024, 12, 12)).value();
        QCOMPARE(events.size(), 1);
        m_event = events.first().id;
        m_council = events.first().bodyId;
    }

    // ProxyAttendance: the one rule of 代理出席, tested here once.
    void proxyRule()
    {
        Attendance own;
        own.id = 1;
        own.eventId = 7;
        own.personId = 10;
        own.roleId = 55; // facilitator
        Attendance previous;
        previous.id = 2;
        previous.eventId = 7;
        previous.personId = 11;
        previous.substituteForId = 10;
        previous.roleId = 56;
        Person came;
        came.id = 12;
        came.professionId = 300;
        came.organisationId = 400;

        // Someone comes for the member: the member's own row and a previous substitute's go; the
        // new row is the proxy's with the member's role and the person's job as of now.
        ProxyAttendance::Plan plan = ProxyAttendance::substitute({own, previous}, std::nullopt, came, 7, 10, 3, 50);
        QCOMPARE(plan.removeIds, (QList<qint64>{1, 2}));
        QCOMPARE(plan.row.personId, 12);
        QCOMPARE(plan.row.substituteForId, 10);
        QCOMPARE(plan.row.statusId, 3);
        QCOMPARE(plan.row.roleId, 55);
        QCOMPARE(plan.row.professionId, 300);
        QCOMPARE(plan.row.organisationId, 400);
        // Already recorded at the event (present, as of the event): that row becomes the proxy.
        Attendance cameRow;
        cameRow.id = 5;
        cameRow.personId = 12;
        cameRow.professionId = 301;
        cameRow.roleId = 57;
        plan = ProxyAttendance::substitute({}, cameRow, came, 7, 10, 3, 50);
        QVERIFY(plan.removeIds.isEmpty());
        QCOMPARE(plan.row.id, 5);
        QCOMPARE(plan.row.professionId, 301);
        QCOMPARE(plan.row.roleId, 57);
        // The same substitute again: their row stays.
        plan = ProxyAttendance::substitute({std::nullopt, previous}, previous, personCalled(11), 7, 10, 3, 50);
        QVERIFY(plan.removeIds.isEmpty());
        QCOMPARE(plan.row.roleId, 56);
        // Nobody's row yet: the default role.
        QCOMPARE(ProxyAttendance::substitute({}, std::nullopt, came, 7, 10, 3, 50).row.roleId, 50);

        // The member comes themselves: their own row replaces the substitute's, and a new own row
        // takes the substitute's role.
        plan = ProxyAttendance::own({std::nullopt, previous}, own);
        QCOMPARE(plan.removeIds, QList<qint64>{2});
        QCOMPARE(plan.row.substituteForId, 0);
        QCOMPARE(ProxyAttendance::roleOfNewOwnRow({std::nullopt, previous}, 50), 56);
        QCOMPARE(ProxyAttendance::roleOfNewOwnRow({}, 50), 50);
        // A row written again keeps its link to the member it came for.
        Attendance written;
        ProxyAttendance::keepLink(previous, written);
        QCOMPARE(written.substituteForId, 10);
    }

    void listReadsInAFixedNumberOfQueries()
    {
        Services services(m_db);
        RosterFixture f(m_db);
        const qint64 person = f.person(QStringLiteral("参加太郎"), QStringLiteral("さんか たろう"), 0);
        QueryCounter counter(m_db.connection());
        QVERIFY(counter.isActive());
        const auto queriesFor = [&](int events) {
            exec(QStringLiteral("DELETE FROM event WHERE date >= '2025-04-01'"));
            addEvents(events, person);
            counter.restart();
            const auto rows = EventService(services).list(QDate(2025, 4, 1), QDate(2026, 3, 31));
            [&] {
                QVERIFY(rows);
                QCOMPARE(rows->size(), events);
                QCOMPARE(rows->first().participants, std::optional<int>(1));
                QCOMPARE(rows->first().kindCode, Code::Training);
                QVERIFY(!rows->first().meeting);
                QVERIFY(!rows->first().organiser.isEmpty());
            }();
            return counter.count();
        };
        const qint64 ten = queriesFor(10);
        const qint64 hundred = queriesFor(100);
        QVERIFY(ten > 0);
        QCOMPARE(hundred, ten);
    }

    void rosterReadsInAFixedNumberOfQueries()
    {
        RosterFixture f(m_db);
        const qint64 org = f.organisation(QStringLiteral("加賀訪問看護"), QStringLiteral("かがほうもんかんご"));
        QueryCounter counter(m_db.connection());
        int added = 0;
        const auto queriesFor = [&](int members) {
            for (; added < members; ++added) {
                const qint64 p = f.person(QStringLiteral("委員%1").arg(added), QStringLiteral("いいん%1").arg(added), org);
                f.member(m_council, p);
                if (added % 3 == 0)
                    f.attend(m_event, p, Code::Present, org);
            }
            counter.restart();
            const EventRoster roster(m_db, m_event);
            [&] {
                QVERIFY(roster.status());
                QVERIFY(roster.entries().size() >= members);
            }();
            return counter.count();
        };
        const qint64 ten = queriesFor(10);
        const qint64 hundred = queriesFor(100);
        QCOMPARE(hundred, ten);
    }

    void failedReadsAreFailures()
    {
        Services services(m_db);
        exec(QStringLiteral("ALTER TABLE programme_lecturer RENAME TO programme_lecturer_gone"));
        // Not "not a lecturer": the role cannot be decided.
        QVERIFY(!AttendanceRules::defaultRole(m_db, m_event, 1));
        QVERIFY(!AttendanceService(services).defaultRole(m_event, 1));
        QVERIFY(!EventService(services).programme(m_event));
        exec(QStringLiteral("ALTER TABLE programme_lecturer_gone RENAME TO programme_lecturer"));

        exec(QStringLiteral("ALTER TABLE attendance RENAME TO attendance_gone"));
        const EventRoster roster(m_db, m_event);
        QVERIFY(!roster.status());
        QVERIFY(!roster.status().message().isEmpty());
        QVERIFY(roster.entries().isEmpty());
        QVERIFY(!EventService(services).list(QDate(2024, 4, 1), QDate(2025, 3, 31)));
        QVERIFY(!AttendanceService(services).tally(m_event));
        QVERIFY(!AttendanceService(services).forEvent(m_event));
        exec(QStringLiteral("ALTER TABLE attendance_gone RENAME TO attendance"));

        exec(QStringLiteral("ALTER TABLE event RENAME TO event_gone"));
        QVERIFY(!EventService(services).get(m_event));
        QVERIFY(!EventStore(m_db).findByDate(QDate(2024, 12, 12)));
    }

    void markingAnnouncesTheRowsOfTheEvent()
    {
        Services services(m_db);
        RosterFixture f(m_db);
        const qint64 doctor = f.person(QStringLiteral("委員医師"), QStringLiteral("いいん いし"), 0, QStringLiteral("doctor"));
        const qint64 nurse = f.person(QStringLiteral("代理看護"), QStringLiteral("だいり かんご"), 0);
        QSignalSpy spy(&services.hub(), &ChangeHub::changed);
        AttendanceService attendance(services);
        const Person came = personCalled(nurse, QStringLiteral("代理看護"));
        QVERIFY(attendance.setProxy(m_event, doctor, code(CodeList::AttendanceStatus, Code::Proxy), came));
        QCOMPARE(spy.size(), 1);
        Change change = spy.at(0).at(0).value<Changes>().first();
        QCOMPARE(change.entity, Change::Entity::Attendance);
        QCOMPARE(change.owner, m_event);
        QVERIFY(change.ids.contains(doctor) && change.ids.contains(nurse));
        QCOMPARE(attendance.currentStatus(m_event, doctor).value(), code(CodeList::AttendanceStatus, Code::Proxy));

        // The member comes after all: their own row replaces the substitute's.
        const Person member = personCalled(doctor, QStringLiteral("委員医師"));
        const qint64 present = code(CodeList::AttendanceStatus, Code::Present);
        QVERIFY(attendance.mark(m_event, member, present, {}));
        QVERIFY(!attendance.proxyFor(m_event, doctor).value());
        QCOMPARE(attendance.find(m_event, doctor).value()->statusId, present);
        QCOMPARE(spy.size(), 2);
    }

    void removedEventComesBackWithItsIds()
    {
        Services services(m_db);
        EventService events(services);
        RosterFixture f(m_db);
        f.attend(m_event, f.person(QStringLiteral("参加花子"), QStringLiteral("さんか はなこ"), 0), Code::Present, 0);
        const auto before = events.contents(m_event);
        QVERIFY(before);
        QVERIFY(!before->programme.isEmpty());
        QVERIFY(!before->attendance.isEmpty());
        QVERIFY(!before->headcounts.isEmpty());
        QVERIFY(events.remove(m_event));
        QVERIFY(!events.get(m_event).value());
        QVERIFY(events.restore(*before));
        const auto after = events.contents(m_event);
        QVERIFY(after);
        QCOMPARE(after->event, before->event);
        QCOMPARE(after->programme.size(), before->programme.size());
        QCOMPARE(after->programme.first().id, before->programme.first().id);
        QCOMPARE(after->attendance, before->attendance);
        QCOMPARE(after->headcounts.size(), before->headcounts.size());

        // A copy gets new ids for its programme.
        const auto copy = events.add(before->event, before->programme);
        QVERIFY(copy);
        QVERIFY(*copy != m_event);
        QCOMPARE(events.programme(*copy).value().size(), before->programme.size());
        QVERIFY(events.programme(*copy).value().first().id != before->programme.first().id);
    }
};

RENKEI_TEST_MAIN(TestEventServices)
#include "TestEventServices.moc"
