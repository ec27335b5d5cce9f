#include "db/Database.h"
#include "db/QueryCounter.h"
#include "io/Importer.h"
#include "store/AttendanceStore.h"
#include "util/GeneratedImport.h"
#include "util/TestEnvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// An import reads what its rows refer to once, before the first row (issue 9): the number of
// reads does not grow with the rows, and each write adds records (a statement per new person
// and organisation, one per AttendanceStore::InsertBatch attendance rows). Counted through
// QueryCounter, which sees every statement the connection runs.
class TestImportQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attendanceReadsDoNotGrowWithRows();
    void reimportReadsDoNotGrowAndWritesNothing();
    void peopleAndEventReadsDoNotGrowWithRows_data();
    void peopleAndEventReadsDoNotGrowWithRows();
    void counterCountsEveryStatement();

private:
    struct Counts
    {
        qint64 reads = 0;
        qint64 writes = 0;
        ImportReport report;
    };
    // Imports `file` of `kind` into `db`, counting statements; fails the test when the import does.
    static std::optional<Counts> import(Database& db, Importer::Kind kind, const QString& file, bool dryRun = false);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestImportQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::optional<TestImportQueries::Counts> TestImportQueries::import(Database& db, Importer::Kind kind,
                                                                 const QString& file, bool dryRun)
{
    Counts c;
    const QueryCounter counter;
    const Status st = Importer(db).run(kind, file, dryRun, &c.report);
    c.reads = counter.reads();
    c.writes = counter.writes();
    if (!st) {
        qWarning().noquote() << st.fullText() << c.report.errors.mid(0, 3);
        return std::nullopt;
    }
    return c;
}

// 200 and 2,000 rows of attendance naming new people in 20 organisations at 20 events.
void TestImportQueries::attendanceReadsDoNotGrowWithRows()
{
    QList<Counts> runs;
    for (const int rows : {200, 2000}) {
        Database db;
        QVERIFY(GeneratedImport::createDatabase(db, path(QStringLiteral("a%1.renkei").arg(++m_files)), 20));
        const QString csv = path(QStringLiteral("attendance-%1.csv").arg(rows));
        QVERIFY(GeneratedImport::writeAttendance(csv, rows, 20, 20));
        const auto c = import(db, Importer::Kind::Attendance, csv);
        QVERIFY(c);
        QCOMPARE(c->report.addedCounts.value(ImportReport::Record::Person), rows);
        QCOMPARE(c->report.addedCounts.value(ImportReport::Record::Organisation), 20);
        QCOMPARE(c->report.addedCounts.value(ImportReport::Record::Attendance), rows);
        runs << *c;
    }
    QVERIFY2(runs.at(0).reads == runs.at(1).reads,
             qPrintable(QStringLiteral("reads: %1 for 200 rows, %2 for 2,000").arg(runs.at(0).reads).arg(runs.at(1).reads)));
    QVERIFY2(runs.at(0).reads <= 20, qPrintable(QString::number(runs.at(0).reads)));
    // Beyond a constant (the transaction), every write adds a person, an organisation or a batch
    // of attendance rows.
    const auto recordWrites = [](int rows) {
        return rows + 20 + (rows + AttendanceStore::InsertBatch - 1) / AttendanceStore::InsertBatch;
    };
    const qint64 overhead200 = runs.at(0).writes - recordWrites(200);
    const qint64 overhead2000 = runs.at(1).writes - recordWrites(2000);
    QVERIFY2(overhead200 == overhead2000 && overhead200 >= 0 && overhead200 <= 4,
             qPrintable(QStringLiteral("writes: %1 for 200 rows, %2 for 2,000").arg(runs.at(0).writes).arg(runs.at(1).writes)));
}

// The same file again: everything is skipped, read with the same few queries, and nothing is
// written but the transaction.
void TestImportQueries::reimportReadsDoNotGrowAndWritesNothing()
{
    QList<qint64> reads;
    for (const int rows : {200, 2000}) {
        Database db;
        QVERIFY(GeneratedImport::createDatabase(db, path(QStringLiteral("r%1.renkei").arg(++m_files)), 20));
        const QString csv = path(QStringLiteral("again-%1.csv").arg(rows));
        QVERIFY(GeneratedImport::writeAttendance(csv, rows, 20, 20));
        QVERIFY(import(db, Importer::Kind::Attendance, csv));
        for (const bool dryRun : {true, false}) {
            const auto c = import(db, Importer::Kind::Attendance, csv, dryRun);
            QVERIFY(c);
            QCOMPARE(c->report.skipped.size(), rows);
            QVERIFY2(c->writes <= 3, qPrintable(QString::number(c->writes))); // BEGIN, ROLLBACK/COMMIT
            reads << c->reads;
        }
    }
    QCOMPARE(reads.at(0), reads.at(2));
    QCOMPARE(reads.at(1), reads.at(3));
}

// New people (with 30 new organisations) and new events: the same reads for 10 times the rows.
void TestImportQueries::peopleAndEventReadsDoNotGrowWithRows_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    QTest::addRow("people") << int(Importer::Kind::People) << 200;
    QTest::addRow("events") << int(Importer::Kind::Events) << 20;
}

void TestImportQueries::peopleAndEventReadsDoNotGrowWithRows()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    QList<qint64> reads;
    for (const int n : {rows, rows * 10}) {
        Database db;
        QVERIFY(GeneratedImport::createDatabase(db, path(QStringLiteral("k%1.renkei").arg(++m_files)), 5));
        const QString csv = path(QStringLiteral("kind-%1.csv").arg(m_files));
        const bool people = Importer::Kind(kind) == Importer::Kind::People;
        QVERIFY(people ? GeneratedImport::writePeople(csv, n, 30) : GeneratedImport::writeEvents(csv, n));
        const auto c = import(db, Importer::Kind(kind), csv);
        QVERIFY(c);
        QCOMPARE(c->report.addedCounts.value(people ? ImportReport::Record::Person : ImportReport::Record::Event), n);
        reads << c->reads;
    }
    QCOMPARE(reads.at(0), reads.at(1));
}

// The counter itself: a statement counts once however many rows it returns; reads and writes
// apart; transaction statements with the writes; triggers not at all.
void TestImportQueries::counterCountsEveryStatement()
{
    Database db;
    QVERIFY(db.create(path(QStringLiteral("counter.renkei"))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE log (x INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.x); END")));
    const QueryCounter counter;
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    for (int i = 0; i < 5; ++i) {
        q.addBindValue(i);
        QVERIFY(q.exec());
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t")));
    int rows = 0;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 5);
    QCOMPARE(counter.reads(), 1);
    QCOMPARE(counter.writes(), 7); // BEGIN, 5 inserts (their triggers not counted), COMMIT
    QCOMPARE(counter.count(), 8);

    const QueryCounter inner; // counters nest
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM log")));
    QCOMPARE(inner.count(), 1);
    QCOMPARE(counter.count(), 9);
}

RENKEI_TEST_MAIN(TestImportQueries)
#include "TestImportQueries.moc"
