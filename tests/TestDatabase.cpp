#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SearchKeys.h"
#include "db/TransactionGuard.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// File identity, refusal of foreign files, migrations from every older version, transactions.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray hashOf(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static void rawSql(const QString& path, const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void createdFileHasIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database db;
        QVERIFY2(db.create(path), "create");
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(quint32(q.value(0).toLongLong()), Database::ApplicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM code WHERE list = 'profession'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 20);
        db.close();
        int version = 0;
        QVERIFY(Database::inspect(path, &version));
        QCOMPARE(version, Database::latestVersion());
    }

    void createRefusesNonEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my notes\n");
        f.close();
        const QByteArray before = hashOf(path);
        Database db;
        const Status st = db.create(path);
        QVERIFY(!st);
        QVERIFY(st.message().contains(QStringLiteral("notes.txt")));
        QCOMPARE(hashOf(path), before);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("name,reading\n白﨑直樹,しらさき\n") << QStringList() << "not a Renkei database";
        QTest::addRow("zero length") << QByteArray() << QStringList() << "empty";
        QTest::addRow("short binary") << QByteArray("SQLite format 3") << QStringList() << "not a Renkei database";
        QTest::addRow("other sqlite app") << QByteArray() << QStringList{QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES (1)")} << "another application";
        QTest::addRow("other app id") << QByteArray() << QStringList{QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t(x)")} << "another application";
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        if (sql.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        } else {
            rawSql(path, sql);
        }
        const QByteArray before = hashOf(path);
        Database db;
        const Status st = db.open(path);
        QVERIFY(!st);
        QVERIFY2(st.message().contains(expected), qPrintable(st.message()));
        QVERIFY(st.message().contains(QStringLiteral("foreign.db")));
        QVERIFY(!db.isOpen());
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)});
        const QByteArray before = hashOf(path);
        Database db;
        const Status st = db.open(path);
        QVERIFY(!st);
        QVERIFY2(st.message().contains(QStringLiteral("newer version")), qPrintable(st.message()));
        QCOMPARE(hashOf(path), before);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        Database db;
        const Status st = db.open(dir.filePath(QStringLiteral("nope.sqlite")));
        QVERIFY(!st);
        QVERIFY(st.message().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
    }

    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.createAtVersion(path, version));
            QCOMPARE(db.schemaVersion(), version);
            QSqlQuery q(db.connection());
            // Data written by the old version, as the old version wrote it.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (name, reading) VALUES ('加賀市医療センター', 'かがしいりょうせんたー')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name, reading, organisation_id) VALUES ('白﨑直樹', 'しらさき なおき', 1)")));
            if (version >= 2) { // from version 2 on, the program writes the search key with the row
                q.prepare(QStringLiteral("UPDATE person SET search_key = ?"));
                q.addBindValue(SearchKeys::forPerson(QStringLiteral("白﨑直樹"), QStringLiteral("しらさき なおき")));
                QVERIFY(q.exec());
            }
        }
        {
            Database readOnly;
            const Status st = readOnly.open(path, Database::Access::ReadOnly);
            QVERIFY(!st);
            QVERIFY(st.message().contains(QStringLiteral("older data version")));
        }
        Database db;
        const Status st = db.open(path);
        QVERIFY2(st, qPrintable(st.fullText()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QStringList problems;
        QVERIFY2(db.check(&problems), qPrintable(problems.join(u'\n')));
        const QList<Person> found = PersonStore(db).search(QStringLiteral("ｼﾗｻｷ")).valueOr({});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, QStringLiteral("白﨑直樹"));
    }

    void proxyMovesToThePersonWhoCame()
    {
        // Version 2 kept 代理出席 on the absent member's row, pointing at the person who came.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            Database db;
            QVERIFY(db.createAtVersion(path, 2));
            QSqlQuery q(db.connection());
            const QStringList statements{
                QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, '加賀市医療センター'), (2, '訪問看護ステーション')"),
                QStringLiteral("INSERT INTO person (id, name, organisation_id, profession_id) VALUES"
                               " (1, '医師 太郎', 1, (SELECT id FROM code WHERE list = 'profession' AND code = 'doctor')),"
                               " (2, '看護 花子', 2, (SELECT id FROM code WHERE list = 'profession' AND code = 'nurse')),"
                               " (3, '理学 次郎', 2, NULL), (4, '介護 三郎', 2, NULL)"),
                QStringLiteral("INSERT INTO event (id, kind_id, date, title) VALUES"
                               " (1, (SELECT id FROM code WHERE list = 'event-kind' AND code = 'meeting'), '2024-07-01', '運営委員会')"),
                // 1 was represented by 2 (who has no row); 3 was present, then set absent with a stale
                // substitute; 4 was represented by 3, who also had a row of their own.
                QStringLiteral("INSERT INTO attendance (event_id, person_id, status_id, role_id, substitute_for_id,"
                               " profession_id, organisation_id, note) VALUES"
                               " (1, 1, (SELECT id FROM code WHERE code = 'proxy'), (SELECT id FROM code WHERE code = 'facilitator'), 2,"
                               "  (SELECT id FROM code WHERE list = 'profession' AND code = 'doctor'), 1, '遅刻'),"
                               " (1, 3, (SELECT id FROM code WHERE code = 'present'), (SELECT id FROM code WHERE code = 'participant'), 4, NULL, 2, ''),"
                               " (1, 4, (SELECT id FROM code WHERE code = 'proxy'), (SELECT id FROM code WHERE code = 'participant'), 3, NULL, 2, '')")};
            for (const QString& sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u'\n' + sql));
        }
        Database db;
        const Status st = db.open(path);
        QVERIFY2(st, qPrintable(st.fullText()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT a.person_id, s.code, r.code, coalesce(a.substitute_for_id, 0),"
                                      " coalesce(p.code, ''), coalesce(a.organisation_id, 0), a.note"
                                      " FROM attendance a JOIN code s ON s.id = a.status_id JOIN code r ON r.id = a.role_id"
                                      " LEFT JOIN code p ON p.id = a.profession_id ORDER BY a.person_id")));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
        // The member rows are gone; who came carries the proxy, with their own profession and
        // organisation and the member's role and note; 3's own row became the proxy for 4.
        QCOMPARE(rows, (QStringList{QStringLiteral("2|proxy|facilitator|1|nurse|2|遅刻"),
                                    QStringLiteral("3|proxy|participant|4||2|")}));
        QStringList problems;
        QVERIFY2(db.check(&problems), qPrintable(problems.join(u'\n')));
    }

    void failedMigrationLeavesOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        Database db;
        QVERIFY(db.createAtVersion(path, 1));
        QSqlQuery q(db.connection());
        // Make step 2 fail: the column it adds already exists.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE event ADD COLUMN search_key TEXT")));
        const Status st = Migrator(db.connection()).migrateTo(2);
        QVERIFY(!st);
        QVERIFY(st.message().contains(QStringLiteral("version 2")));
        QCOMPARE(db.schemaVersion(), 1);
        // Step 2's first statement (person.search_key) was rolled back with the rest.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('person') WHERE name = 'search_key'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void splitStatements()
    {
        const QString script = QStringLiteral("-- comment;\nCREATE TABLE a (\n  x TEXT DEFAULT ';'\n);\n\nINSERT INTO a VALUES ('x');\n");
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.first().startsWith(QStringLiteral("CREATE TABLE a")));
        QCOMPARE(statements.last(), QStringLiteral("INSERT INTO a VALUES ('x');"));
    }

    void transactionGuardRollsBackAndNests()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("tx.sqlite"))));
        QSqlQuery q(db.connection());
        const auto count = [&q]() {
            q.exec(QStringLiteral("SELECT count(*) FROM series"));
            q.next();
            return q.value(0).toInt();
        };
        {
            TransactionGuard tx(db.connection());
            QVERIFY(tx.isActive());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO series (name) VALUES ('a')")));
        }
        QCOMPARE(count(), 0);
        {
            TransactionGuard outer(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO series (name) VALUES ('b')")));
            {
                TransactionGuard inner(db.connection());
                QVERIFY(inner.isActive());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO series (name) VALUES ('c')")));
            } // inner rolled back alone
            {
                TransactionGuard inner(db.connection());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO series (name) VALUES ('d')")));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 2);
    }

    void checkFindsBrokenReferences()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("broken.sqlite"))));
        QStringList problems;
        QVERIFY(db.check(&problems));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name, organisation_id) VALUES ('x', 999)")));
        const Status st = db.check(&problems);
        QVERIFY(!st);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("person")));
    }

    void backupWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        Database writer;
        QVERIFY(writer.create(path));
        QSqlQuery w(writer.connection());
        QVERIFY(w.exec(QStringLiteral("INSERT INTO series (name) VALUES ('committed')")));
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(w.exec(QStringLiteral("INSERT INTO series (name) VALUES ('uncommitted')")));

        Database reader;
        QVERIFY(reader.open(path, Database::Access::ReadOnly));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        const Status st = reader.backupTo(copy);
        QVERIFY2(st, qPrintable(st.fullText()));
        QVERIFY(w.exec(QStringLiteral("ROLLBACK")));

        Database restored;
        QVERIFY(restored.open(copy));
        QStringList problems;
        QVERIFY(restored.check(&problems));
        QSqlQuery q(restored.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM series")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("committed"));

        const QByteArray before = hashOf(copy);
        QVERIFY(!reader.backupTo(copy));
        QCOMPARE(hashOf(copy), before);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    }
};

RENKEI_TEST_MAIN(TestDatabase)
#include "TestDatabase.moc"
