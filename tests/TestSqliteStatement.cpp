#include "db/Database.h"
#include "db/QueryCounter.h"
#include "db/SqliteStatement.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The statement an import's inserts use on SQLite's own handle (SqliteStatement, RecordInsert): it
// must store what QSqlQuery stored for the same values, report failures with SQLite's words, stay
// usable after them, and count with QueryCounter.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList typesOf(qint64 id)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e), coalesce(b, '-') "
                                 "FROM t WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("s.renkei"))), "create");
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, d, e)")));
    }

    // Null QString -> NULL, empty QString -> '', a null variant -> NULL, integers and flags as
    // integers: the same as QSqlQuery::addBindValue stores.
    void bindsWhatQSqlQueryBinds()
    {
        const QString sql = QStringLiteral("INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?) RETURNING id");
        const QVariantList values{QVariant(QString()), QVariant(QStringLiteral("")), QVariant(QMetaType(QMetaType::QString)),
                                  QVariant(qint64(7)), QVariant(1)};
        QSqlQuery viaQt(m_db.connection());
        QVERIFY(viaQt.prepare(sql));
        for (const QVariant& v : values)
            viaQt.addBindValue(v);
        QVERIFY(viaQt.exec() && viaQt.next());
        const qint64 qtId = viaQt.value(0).toLongLong();
        viaQt.finish();

        SqliteStatement raw;
        QVERIFY(raw.prepare(m_db.connection(), sql));
        for (const QVariant& v : values)
            raw.addBindValue(v);
        qint64 rawId = 0;
        QVERIFY2(raw.exec(&rawId), qPrintable(raw.error()));
        QCOMPARE(rawId, qtId + 1);
        QCOMPARE(typesOf(rawId), typesOf(qtId));
        QCOMPARE(typesOf(rawId),
                 (QStringList{QStringLiteral("null"), QStringLiteral("text"), QStringLiteral("null"),
                              QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("")}));

        // Ready for the next binds, from the first placeholder again.
        raw.bindText(1, QStringLiteral("髙橋"));
        raw.bindIdOrNull(2, 0);
        raw.bindTextOrNull(3, QString());
        raw.bind(4, 42);
        raw.bindNull(5);
        qint64 next = 0;
        QVERIFY2(raw.exec(&next), qPrintable(raw.error()));
        QCOMPARE(next, rawId + 1);
        QSqlQuery check(m_db.connection());
        QVERIFY(check.exec(QStringLiteral("SELECT a, typeof(b), typeof(c), d FROM t WHERE id = %1").arg(next)) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("髙橋"));
        QCOMPARE(check.value(1).toString(), QStringLiteral("null"));
        QCOMPARE(check.value(2).toString(), QStringLiteral("null"));
        QCOMPARE(check.value(3).toLongLong(), qint64(42));
    }

    // A refused row fails with SQLite's words and leaves the statement usable; a statement SQLite
    // cannot prepare says why; a connection that is not SQLite is refused without an error.
    void failuresAreReported()
    {
        SqliteStatement raw;
        QVERIFY(raw.prepare(m_db.connection(), QStringLiteral("INSERT INTO person (name) VALUES (?) RETURNING id")));
        raw.bindText(1, QString());
        qint64 id = 0;
        QVERIFY(!raw.exec(&id));
        QVERIFY2(raw.error().contains(QStringLiteral("CHECK constraint failed")), qPrintable(raw.error()));
        raw.bindText(1, QStringLiteral("佐藤 花子"));
        QVERIFY2(raw.exec(&id), qPrintable(raw.error()));
        QVERIFY(id > 0);

        SqliteStatement gone;
        QVERIFY(!gone.prepare(m_db.connection(), QStringLiteral("INSERT INTO no_such_table (x) VALUES (?)")));
        QVERIFY2(gone.error().contains(QStringLiteral("no_such_table")), qPrintable(gone.error()));

        SqliteStatement none;
        QVERIFY(!SqliteStatement::isAvailable(QSqlDatabase()));
        QVERIFY(!none.prepare(QSqlDatabase(), QStringLiteral("SELECT 1")));
        QVERIFY(none.error().isEmpty());
    }

    // PersonStore::insert goes through it: the id comes back, a refused person is a failure with
    // the store's message, and each insert counts as one write.
    void storeInsertsThroughIt()
    {
        PersonStore people(m_db);
        Person p;
        p.name = QStringLiteral("  山田 太郎 ");
        const QueryCounter counter;
        QVERIFY(people.insert(p));
        QVERIFY(p.id > 0);
        QCOMPARE(counter.writes(), qint64(1));
        const auto stored = people.get(p.id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->name, QStringLiteral("山田 太郎"));

        Person nameless;
        const Status st = people.insert(nameless);
        QVERIFY(!st);
        QVERIFY2(st.fullText().contains(QStringLiteral("CHECK constraint failed")), qPrintable(st.fullText()));
        QCOMPARE(nameless.id, 0);
        Person after;
        after.name = QStringLiteral("鈴木 一郎");
        QVERIFY(people.insert(after));
        QCOMPARE(after.id, p.id + 1);
    }
};

RENKEI_TEST_MAIN(TestSqliteStatement)
#include "TestSqliteStatement.moc"
