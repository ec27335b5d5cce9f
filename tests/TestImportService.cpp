// Issue 9, points 1 and 4: import runs in ImportService. A rehearsal (the window's dry run and
// import, on a connection of its own) writes nothing and records the rows; applying them is one
// transaction that announces exactly the records it touched — the people and organisations it
// added, the attendance of each event — and taking it back announces their removal, so the
// window applies them row by row instead of reloading. A failed apply announces nothing.
// The command line's import (run) is one Work around the importer, recording nothing: it joins
// its caller's transaction, writes nothing in a dry run or on an error, and asks every view to
// read again after it wrote.
#include "db/ChangeSet.h"
#include "db/Database.h"
#include "io/ImportTable.h"
#include "service/ImportService.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/EventStore.h"
#include "util/DatabaseDump.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestImportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    std::unique_ptr<Services> m_services;

    QList<qint64> ids(const QString& sql)
    {
        QList<qint64> found;
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qWarning() << sql;
        while (q.next())
            found << q.value(0).toLongLong();
        return found;
    }
    static const Change* find(const Changes& changes, Change::Entity entity, Change::Op op, qint64 owner = 0)
    {
        for (const Change& c : changes)
            if (c.entity == entity && c.op == op && c.owner == owner)
                return &c;
        return nullptr;
    }
    ImportReport rehearse()
    {
        QStringList errors;
        const auto source = SourceTable::read(TestEnvironment::dataFile(QStringLiteral("import/attendance_en.csv")),
                                              QString(), &errors);
        [&] { QVERIFY2(source, qPrintable(errors.join(u'\n'))); }();
        const ImportService::Request request{m_path, Importer::Kind::Attendance, *source,
                                             ImportTable::autoMapping(source->header,
                                                                      Importer::fields(Importer::Kind::Attendance))};
        ImportReport report;
        int calls = 0;
        const Status st = ImportService::rehearse(request, [&calls](int, int) { return ++calls > 0; }, &report);
        [&] {
            QVERIFY2(st, qPrintable(st.fullText() + u'\n' + report.errors.join(u'\n')));
            QCOMPARE(calls, 3); // progress after every row
        }();
        return report;
    }

private slots:
    void init()
    {
        m_services.reset();
        m_db.close();
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
        QVERIFY(m_db.open(m_path));
        m_services = std::make_unique<Services>(m_db);
    }

    void applyAnnouncesWhatItWrote()
    {
        const QString before = DatabaseDump::dump(m_db);
        const ImportReport report = rehearse();
        QCOMPARE(DatabaseDump::dump(m_db), before); // a rehearsal writes nothing
        QVERIFY(!report.changes.isEmpty());

        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        ImportService imports(*m_services);
        QVERIFY(imports.apply(report.changes));
        QCOMPARE(spy.count(), 1);
        const Changes changes = spy.last().first().value<Changes>();

        const QList<qint64> hanako = ids(QStringLiteral("SELECT id FROM person WHERE name = '山田花子'"));
        const QList<qint64> sakura =
            ids(QStringLiteral("SELECT id FROM organisation WHERE name = 'さくら訪問看護ステーション'"));
        QCOMPARE(hanako.size(), 1);
        QCOMPARE(sakura.size(), 1);
        const Change* people = find(changes, Change::Entity::Person, Change::Op::Inserted);
        QVERIFY(people);
        QVERIFY(people->ids.contains(hanako.first()));
        const Change* organisations = find(changes, Change::Entity::Organisation, Change::Op::Inserted);
        QVERIFY(organisations);
        QCOMPARE(organisations->ids, sakura);
        // The attendance of each event, with the people whose rows changed.
        const qint64 first = EventStore(m_db).findByDate(QDate(2024, 12, 12)).value().value(0).id;
        const qint64 second = EventStore(m_db).findByDate(QDate(2025, 1, 22)).value().value(0).id;
        const Change* atFirst = find(changes, Change::Entity::Attendance, Change::Op::Updated, first);
        QVERIFY(atFirst);
        QVERIFY(atFirst->ids.contains(hanako.first()));
        QCOMPARE(atFirst->ids.size(), 2); // 白﨑直樹 and 山田花子
        QVERIFY(find(changes, Change::Entity::Attendance, Change::Op::Updated, second));
        for (const Change& c : changes)
            QVERIFY2(c.entity != Change::Entity::Attendance || c.owner == first || c.owner == second,
                     "attendance is announced for its event");

        // Undo: the same records, removed.
        QVERIFY(imports.revert(report.changes));
        QCOMPARE(spy.count(), 2);
        const Changes undone = spy.last().first().value<Changes>();
        const Change* gone = find(undone, Change::Entity::Person, Change::Op::Removed);
        QVERIFY(gone);
        QVERIFY(gone->ids.contains(hanako.first()));
        QVERIFY(find(undone, Change::Entity::Attendance, Change::Op::Updated, first));
        QCOMPARE(DatabaseDump::dump(m_db), before);
    }

    void aFailedApplyAnnouncesNothing()
    {
        const ImportReport report = rehearse();
        // Another program added 山田花子's organisation meanwhile under the row id the import meant
        // to use: the recorded rows no longer apply, and nothing is written or announced.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (name) VALUES ('先に来た団体')")));
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        const QString before = DatabaseDump::dump(m_db);
        QVERIFY(!ImportService(*m_services).apply(report.changes));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(DatabaseDump::dump(m_db), before);
    }

    void aLargeBatchCanAnnounceNoRows()
    {
        const ImportReport report = rehearse();
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        QVERIFY(ImportService(*m_services).apply(report.changes, false));
        QCOMPARE(ids(QStringLiteral("SELECT id FROM person WHERE name = '山田花子'")).size(), 1);
        QVERIFY(spy.isEmpty() || spy.last().first().value<Changes>().isEmpty());
    }

    void runWritesInOneWorkAndAsksViewsToReload()
    {
        const QString csv = TestEnvironment::dataFile(QStringLiteral("import/attendance_en.csv"));
        QSignalSpy changed(&m_services->hub(), &ChangeHub::changed);
        QSignalSpy reload(&m_services->hub(), &ChangeHub::reloadNeeded);
        const QString before = DatabaseDump::dump(m_db);
        ImportService imports(*m_services);

        // A dry run reports and writes nothing.
        Importer::Options dry;
        dry.dryRun = true;
        ImportReport rehearsed;
        Status st = imports.run(Importer::Kind::Attendance, csv, QString(), dry, &rehearsed);
        QVERIFY2(st, qPrintable(st.fullText()));
        QVERIFY(!rehearsed.added.isEmpty());
        QCOMPARE(DatabaseDump::dump(m_db), before);
        QCOMPARE(reload.count(), 0);

        // Inside a caller's Work, the import is part of it: rolled back with it.
        {
            Work outer(*m_services);
            QVERIFY(outer.begun(QStringLiteral("begin")));
            ImportReport report;
            QVERIFY(imports.run(Importer::Kind::Attendance, csv, QString(), {}, &report));
            QCOMPARE(ids(QStringLiteral("SELECT id FROM person WHERE name = '山田花子'")).size(), 1);
        }
        QCOMPARE(DatabaseDump::dump(m_db), before);

        // An error anywhere writes nothing and announces nothing.
        ImportReport failed;
        QVERIFY(!imports.run(Importer::Kind::Attendance,
                             TestEnvironment::dataFile(QStringLiteral("import/err_attendance_all_or_nothing.csv")),
                             QString(), {}, &failed));
        QVERIFY(!failed.errors.isEmpty());
        QCOMPARE(DatabaseDump::dump(m_db), before);
        QCOMPARE(reload.count(), 0);

        ImportReport report;
        st = imports.run(Importer::Kind::Attendance, csv, QString(), {}, &report);
        QVERIFY2(st, qPrintable(st.fullText() + u'\n' + report.errors.join(u'\n')));
        QCOMPARE(ids(QStringLiteral("SELECT id FROM person WHERE name = '山田花子'")).size(), 1);
        QCOMPARE(report.added, rehearsed.added);
        QCOMPARE(reload.count(), 1);
        QVERIFY(changed.isEmpty() || changed.last().first().value<Changes>().isEmpty());
    }

    // ChangeSet::integer reads one column of a recorded image, whatever text comes before it.
    void integersAreReadFromImages()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        ChangeRecorder recorder(m_db.connection());
        QVERIFY(recorder.start());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (name, note) VALUES ('a, ''b'', c', 'x,y')")));
        const qint64 org = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name, note, organisation_id) VALUES ('甲, ''乙''', ',,''', %1)")
                           .arg(org)));
        Status st;
        const auto changes = recorder.finish(&st);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(changes, qPrintable(st.fullText()));
        bool seen = false;
        for (const ChangeSet::Row& row : changes->rows())
            if (row.table == QLatin1String("person")) {
                QCOMPARE(changes->integer(row, QStringLiteral("organisation_id"), true), org);
                QCOMPARE(changes->integer(row, QStringLiteral("organisation_id"), false), 0); // no image before
                QCOMPARE(changes->integer(row, QStringLiteral("no_such_column"), true), 0);
                seen = true;
            }
        QVERIFY(seen);
    }
};

RENKEI_TEST_MAIN(TestImportService)
#include "TestImportService.moc"
