// The activity report and the members of a body read with a number of queries that does not
// grow with their rows (issue 9, point 6), and a failed read fails them with a message instead
// of leaving rows out.
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "report/ActivityReport.h"
#include "service/BodyService.h"
#include "service/Services.h"
#include "util/TestEnvironment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestReportQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }

    qint64 reportQueries()
    {
        QueryCounter counter(m_db.connection());
        const Result<ActivityReport> report = ActivityReport::build(m_db, FiscalYear(2024), QDate(2025, 5, 1));
        [&] { QVERIFY2(report.ok(), qPrintable(report.status().fullText())); }();
        return counter.count();
    }

    // Ten more trainings in FY2024, each with two programme items and a lecturer, and ten more
    // seats on every body.
    void grow()
    {
        const QString ten = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) ");
        QVERIFY(exec(ten + QStringLiteral(
                               "INSERT INTO event (kind_id, body_id, date, title, theme)"
                               " SELECT t.kind_id, t.body_id, printf('2024-10-%02d', n.i), '追加' || n.i, t.theme"
                               " FROM n, (SELECT kind_id, body_id, theme FROM event e JOIN code k ON k.id = e.kind_id"
                               "  WHERE k.code <> 'meeting' LIMIT 1) t")));
        QVERIFY(exec(QStringLiteral("INSERT INTO programme_item (event_id, kind_id, title, position)"
                                    " SELECT e.id, (SELECT id FROM code WHERE list = 'programme-item-kind' LIMIT 1),"
                                    " '講義' || n.n, n.n FROM event e, (SELECT 1 AS n UNION SELECT 2) n"
                                    " WHERE e.title LIKE '追加%'")));
        QVERIFY(exec(QStringLiteral("INSERT INTO programme_lecturer (item_id, person_id, position)"
                                    " SELECT p.id, (SELECT min(id) FROM person), 0 FROM programme_item p"
                                    " JOIN event e ON e.id = p.event_id WHERE e.title LIKE '追加%'")));
        QVERIFY(exec(ten + QStringLiteral("INSERT INTO membership (body_id, person_id, term_from)"
                                          " SELECT b.id, (SELECT min(id) FROM person), '2024-04-01' FROM body b, n")));
    }

private slots:
    void init()
    {
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("kaga%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
    }

    void theReportsQueriesDoNotGrowWithItsRows()
    {
        const qint64 before = reportQueries();
        QVERIFY(before > 0);
        const int trainingsBefore = int(ActivityReport::build(m_db, FiscalYear(2024), QDate(2025, 5, 1))->trainings.size());
        grow();
        const Result<ActivityReport> grown = ActivityReport::build(m_db, FiscalYear(2024), QDate(2025, 5, 1));
        QVERIFY(grown.ok());
        QVERIFY(grown->trainings.size() >= trainingsBefore + 10);
        QCOMPARE(reportQueries(), before);
        qInfo("ActivityReport::build: %lld queries at both sizes", before);
    }

    void theMembersOfABodyAreOneQuery()
    {
        Services services(m_db);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT body_id FROM membership GROUP BY body_id ORDER BY count(*) DESC LIMIT 1")) && q.next());
        const qint64 body = q.value(0).toLongLong();
        QueryCounter counter(m_db.connection());
        const auto before = BodyService(services).seats(body);
        QVERIFY(before.ok());
        const qint64 small = counter.count();
        grow();
        counter.restart();
        const auto after = BodyService(services).seats(body);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 10);
        QCOMPARE(counter.count(), small);
        QCOMPARE(small, 1);
        // Labels come with the rows: a person's seat names the person.
        const auto named = std::find_if(after->begin(), after->end(), [](const BodyService::Seat& s) {
            return s.holder == BodyService::Seat::Holder::Person;
        });
        QVERIFY(named != after->end());
        QVERIFY(!named->member.isEmpty());
    }

    void aLostTableFailsTheReport()
    {
        // A file whose lecturers' table is gone: no report silently lacking every lecturer.
        QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(QStringLiteral("DROP TABLE programme_lecturer")));
        const Result<ActivityReport> report = ActivityReport::build(m_db, FiscalYear(2024), QDate(2025, 5, 1));
        QVERIFY(!report.ok());
        QVERIFY(!report.status().message().isEmpty());
        QVERIFY2(report.status().detail().contains(QStringLiteral("programme_lecturer")),
                 qPrintable(report.status().detail()));
        Status st;
        QVERIFY(!ActivityReport::build(m_db, FiscalYear(2024), QDate(2025, 5, 1), &st));
        QVERIFY(!st);
    }

    void aFailedMembersReadIsNotAnEmptyBody()
    {
        Services services(m_db);
        QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(QStringLiteral("ALTER TABLE membership RENAME TO membership_gone")));
        const auto seats = BodyService(services).seats(1);
        QVERIFY(!seats.ok());
        const auto counts = BodyService(services).currentMemberCounts(QDate(2025, 1, 1));
        QVERIFY(!counts.ok());
    }
};

RENKEI_TEST_MAIN(TestReportQueries)
#include "TestReportQueries.moc"
