// Issue 9, point 1: a person new to the council who comes to an event (a walk-in, a substitute)
// or lectures in its programme is created and recorded in one transaction of a service
// (AttendanceService::addWalkIn / addSubstitute, EventService::addNewLecturer), and undone in one
// (removeNewPerson, removeNewLecturer). A failure after the person was created — forced by a
// trigger that RAISEs — leaves neither the person nor the rows, and announces nothing.
#include "db/Database.h"
#include "domain/Codes.h"
#include "service/AttendanceService.h"
#include "service/EventService.h"
#include "service/PeopleService.h"
#include "service/Services.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestNewPersonWorkflows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Services> m_services;
    qint64 m_event = 0;
    qint64 m_present = 0;
    qint64 m_proxy = 0;

    int count(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql;
            return -1;
        }
        return q.value(0).toInt();
    }
    int peopleNamed(const QString& name)
    {
        return count(QStringLiteral("SELECT count(*) FROM person WHERE name = '%1'").arg(name));
    }
    int rowsOf(const QString& name)
    {
        return count(QStringLiteral("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id "
                                    "WHERE a.event_id = %1 AND p.name = '%2'")
                         .arg(m_event)
                         .arg(name));
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    void failOn(const QString& table)
    {
        exec(QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                 .arg(table));
    }
    static Person newcomer(const QString& name)
    {
        Person p;
        p.name = name;
        p.reading = QStringLiteral("しんき");
        return p;
    }

private slots:
    void init()
    {
        m_services.reset();
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
        m_services = std::make_unique<Services>(m_db);
        m_event = EventStore(m_db).findByDate(QDate(2024, 12, 12)).value().value(0).id;
        QVERIFY(m_event);
        m_present = CodeListStore(m_db).idOf(CodeListStore::AttendanceStatus, Code::Present).value();
        m_proxy = CodeListStore(m_db).idOf(CodeListStore::AttendanceStatus, Code::Proxy).value();
    }

    void walkInIsOneTransactionEachWay()
    {
        AttendanceService attendance(*m_services);
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        const Result<qint64> id = attendance.addWalkIn(m_event, newcomer(QStringLiteral("飛入 太郎")), m_present);
        QVERIFY2(id, qPrintable(id.status().fullText()));
        QCOMPARE(peopleNamed(QStringLiteral("飛入 太郎")), 1);
        QCOMPARE(rowsOf(QStringLiteral("飛入 太郎")), 1);
        // One commit, one announcement: the person and their attendance.
        QCOMPARE(spy.count(), 1);
        const Changes changes = spy.first().first().value<Changes>();
        QVERIFY(changes.contains(Change{Change::Entity::Person, Change::Op::Inserted, {*id}}));
        QVERIFY(changes.contains(Change{Change::Entity::Attendance, Change::Op::Updated, {*id}, m_event}));

        // Undo: the row and the person go in one transaction; redo puts the same person back.
        QVERIFY(attendance.removeNewPerson(m_event, *id, {}, {}));
        QCOMPARE(peopleNamed(QStringLiteral("飛入 太郎")), 0);
        QCOMPARE(rowsOf(QStringLiteral("飛入 太郎")), 0);
        Person again = newcomer(QStringLiteral("飛入 太郎"));
        again.id = *id;
        QCOMPARE(attendance.addWalkIn(m_event, again, m_present).valueOr(0), *id);
        QCOMPARE(rowsOf(QStringLiteral("飛入 太郎")), 1);
    }

    void aWalkInWhoseRowFailsLeavesNoPerson()
    {
        failOn(QStringLiteral("attendance"));
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        const int people = count(QStringLiteral("SELECT count(*) FROM person"));
        const Result<qint64> id =
            AttendanceService(*m_services).addWalkIn(m_event, newcomer(QStringLiteral("飛入 花子")), m_present);
        QVERIFY(!id);
        QVERIFY2(id.status().fullText().contains(QStringLiteral("refused by the test")), qPrintable(id.status().fullText()));
        QCOMPARE(peopleNamed(QStringLiteral("飛入 花子")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people);
        QCOMPARE(rowsOf(QStringLiteral("飛入 花子")), 0);
        QCOMPARE(spy.count(), 0);
        // Nothing is left open: the next call works.
        exec(QStringLiteral("DROP TRIGGER refuse"));
        QVERIFY(AttendanceService(*m_services).addWalkIn(m_event, newcomer(QStringLiteral("飛入 花子")), m_present));
        QCOMPARE(rowsOf(QStringLiteral("飛入 花子")), 1);
    }

    void aSubstituteWhoseRowFailsLeavesNoPerson()
    {
        RosterFixture f(m_db);
        const qint64 member = f.person(QStringLiteral("委員 一郎"), QStringLiteral("いいん"), 0);
        AttendanceService attendance(*m_services);
        // It works, and its undo puts the member's rows back.
        const Result<qint64> came =
            attendance.addSubstitute(m_event, member, m_proxy, newcomer(QStringLiteral("代理 次郎")));
        QVERIFY2(came, qPrintable(came.status().fullText()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendance WHERE event_id = %1 AND person_id = %2 "
                                      "AND substitute_for_id = %3")
                           .arg(m_event)
                           .arg(*came)
                           .arg(member)),
                 1);
        QVERIFY(attendance.removeNewPerson(m_event, *came, {member}, {}));
        QCOMPARE(peopleNamed(QStringLiteral("代理 次郎")), 0);

        failOn(QStringLiteral("attendance"));
        QVERIFY(!attendance.addSubstitute(m_event, member, m_proxy, newcomer(QStringLiteral("代理 三郎"))));
        QCOMPARE(peopleNamed(QStringLiteral("代理 三郎")), 0);
        QCOMPARE(rowsOf(QStringLiteral("代理 三郎")), 0);
    }

    void anUndoThatFailsKeepsBoth()
    {
        AttendanceService attendance(*m_services);
        const Result<qint64> id = attendance.addWalkIn(m_event, newcomer(QStringLiteral("飛入 四郎")), m_present);
        QVERIFY(id);
        // The person cannot be removed: the rows taken away before must come back.
        exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON person BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        QVERIFY(!attendance.removeNewPerson(m_event, *id, {}, {}));
        QCOMPARE(peopleNamed(QStringLiteral("飛入 四郎")), 1);
        QCOMPARE(rowsOf(QStringLiteral("飛入 四郎")), 1);
    }

    void aNewLecturerIsOneTransaction()
    {
        EventService events(*m_services);
        const QList<ProgrammeItem> programme = events.programme(m_event).value();
        QVERIFY(!programme.isEmpty());
        const ProgrammeItem item = programme.first();
        const Result<qint64> id = events.addNewLecturer(item, newcomer(QStringLiteral("講師 五郎")));
        QVERIFY2(id, qPrintable(id.status().fullText()));
        QVERIFY(events.programme(m_event).value().first().lecturerIds.contains(*id));
        QVERIFY(events.removeNewLecturer(item, *id));
        QCOMPARE(peopleNamed(QStringLiteral("講師 五郎")), 0);
        QCOMPARE(events.programme(m_event).value().first().lecturerIds, item.lecturerIds);

        failOn(QStringLiteral("programme_lecturer"));
        QVERIFY(!events.addNewLecturer(item, newcomer(QStringLiteral("講師 六郎"))));
        QCOMPARE(peopleNamed(QStringLiteral("講師 六郎")), 0);
        QCOMPARE(events.programme(m_event).value().first().lecturerIds, item.lecturerIds);
    }
};

RENKEI_TEST_MAIN(TestNewPersonWorkflows)
#include "TestNewPersonWorkflows.moc"
