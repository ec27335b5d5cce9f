// The engine's foundation: a service call is one checked transaction whose changes are announced
// only after it committed; another program's commit is noticed; reads tell "no rows" from "the
// query failed"; one map per record type reads and writes its rows.
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "db/RecordMap.h"
#include "db/SearchKeys.h"
#include "model/Person.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/PersonStore.h"
#include "store/SqlUtil.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
Status addPerson(Services& services, const QString& name, qint64* id = nullptr)
{
    Work work(services);
    if (Status st = work.begun(QStringLiteral("begin")); !st)
        return st;
    QSqlQuery q(services.db().connection());
    q.prepare(PersonStore::map().insertSql());
    Person p;
    p.name = name;
    PersonStore::map().bindInsert(q, p);
    const Result<qint64> added = SqlUtil::insertReturningId(q, QStringLiteral("insert"));
    if (!added)
        return added.status();
    if (id)
        *id = *added;
    work.note({Change::Entity::Person, Change::Op::Inserted, {*added}});
    return work.commit(QStringLiteral("commit"));
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;

private slots:
    void init()
    {
        m_db.close();
        m_path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_db.create(m_path));
    }

    void changesAreAnnouncedAfterTheCommit()
    {
        Services services(m_db);
        QSignalSpy spy(&services.hub(), &ChangeHub::changed);
        // While the transaction is open, nothing is announced.
        bool announcedBeforeCommit = false;
        connect(&services.hub(), &ChangeHub::changed, this, [&] {
            QSqlQuery q(m_db.connection());
            // A listener reading at the announcement sees the committed row.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE name = '白﨑直樹'")) && q.next());
            announcedBeforeCommit = q.value(0).toInt() != 1;
        });
        qint64 id = 0;
        QVERIFY(addPerson(services, QStringLiteral("白﨑直樹"), &id));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!announcedBeforeCommit);
        const Changes changes = spy.at(0).at(0).value<Changes>();
        QCOMPARE(changes, (Changes{{Change::Entity::Person, Change::Op::Inserted, {id}}}));
    }

    void nothingIsAnnouncedForARollback()
    {
        Services services(m_db);
        QSignalSpy spy(&services.hub(), &ChangeHub::changed);
        {
            Work work(services);
            QVERIFY(work.begun(QStringLiteral("begin")));
            work.note({Change::Entity::Person, Change::Op::Inserted, {1}});
            // destroyed without commit
        }
        QCOMPARE(spy.count(), 0);
    }

    void anInnerCallIsAnnouncedWithTheOuterCommitOnly()
    {
        Services services(m_db);
        QSignalSpy spy(&services.hub(), &ChangeHub::changed);
        {
            Work outer(services);
            QVERIFY(outer.begun(QStringLiteral("begin")));
            qint64 id = 0;
            QVERIFY(addPerson(services, QStringLiteral("山田花子"), &id));
            QCOMPARE(spy.count(), 0); // the inner commit is only a savepoint released
            // The outer call fails: its inner call's row is gone and was never announced.
        }
        QCOMPARE(spy.count(), 0);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE name = '山田花子'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        {
            Work outer(services);
            QVERIFY(outer.begun(QStringLiteral("begin")));
            QVERIFY(addPerson(services, QStringLiteral("山田花子")));
            outer.note({Change::Entity::Organisation, Change::Op::Updated, {7}});
            QVERIFY(outer.commit(QStringLiteral("commit")));
        }
        QCOMPARE(spy.count(), 1);
        const Changes changes = spy.at(0).at(0).value<Changes>();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).entity, Change::Entity::Person);
        QCOMPARE(changes.at(1).entity, Change::Entity::Organisation);
    }

    void aTransactionThatCannotBeginIsAnError()
    {
        // Another desk holds the write lock longer than this connection waits.
        Database other;
        QVERIFY(other.open(m_path));
        QVERIFY(QSqlQuery(other.connection()).exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        Services services(m_db);
        QSignalSpy spy(&services.hub(), &ChangeHub::changed);
        const Status st = addPerson(services, QStringLiteral("読取専用"));
        QVERIFY(!st);
        QCOMPARE(st.message(), QStringLiteral("begin"));
        QVERIFY(!st.detail().isEmpty());
        QCOMPARE(spy.count(), 0);
        QVERIFY(QSqlQuery(other.connection()).exec(QStringLiteral("ROLLBACK")));
    }

    void anotherProgramsCommitIsNoticedOurOwnIsNot()
    {
        Services services(m_db);
        services.watchOtherWriters(60000); // polled by hand below
        QSignalSpy reload(&services.hub(), &ChangeHub::reloadNeeded);
        QVERIFY(addPerson(services, QStringLiteral("自分")));
        services.checkOtherWriters();
        QCOMPARE(reload.count(), 0);

        Database other;
        QVERIFY(other.open(m_path));
        Services otherServices(other);
        QVERIFY(addPerson(otherServices, QStringLiteral("他の窓口")));
        services.checkOtherWriters();
        QCOMPARE(reload.count(), 1);
        services.checkOtherWriters();
        QCOMPARE(reload.count(), 1);
    }

    void aFailedReadIsNotAnEmptyList()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM person").arg(PersonStore::map().selectList()));
        const auto none = SqlUtil::list<Person>(q, QStringLiteral("read"),
                                                [](const QSqlQuery& row) { return PersonStore::map().read(row); });
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        QVERIFY(QSqlQuery(m_db.connection()).exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        QSqlQuery gone(m_db.connection());
        gone.prepare(QStringLiteral("SELECT %1 FROM person").arg(PersonStore::map().selectList()));
        const auto failed = SqlUtil::list<Person>(gone, QStringLiteral("read"),
                                                  [](const QSqlQuery& row) { return PersonStore::map().read(row); });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.status().message(), QStringLiteral("read"));
        QVERIFY2(failed.status().detail().contains(QStringLiteral("person")), qPrintable(failed.status().detail()));
        const auto missing = SqlUtil::one<Person>(gone, QStringLiteral("read one"),
                                                  [](const QSqlQuery& row) { return PersonStore::map().read(row); });
        QVERIFY(!missing.ok());
    }

    void theCounterCountsStatements()
    {
        QueryCounter counter(m_db.connection());
        QVERIFY(counter.isActive());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM person WHERE id > ?")));
        for (int i = 0; i < 5; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QCOMPARE(counter.count(), 5);
        counter.restart();
        Services services(m_db);
        QVERIFY(addPerson(services, QStringLiteral("石川太郎")));
        // BEGIN IMMEDIATE, INSERT … RETURNING, COMMIT, and the data version read after the commit.
        QCOMPARE(counter.count(), 4);
    }

    void aRecordMapWritesAndReadsEveryColumn()
    {
        Person p;
        p.name = QStringLiteral("  髙橋一郎 ");
        p.reading = QStringLiteral("たかはしいちろう");
        p.department = QStringLiteral("地域連携室");
        p.email = QStringLiteral("takahashi@example.jp");
        p.active = false;
        QSqlQuery insert(m_db.connection());
        QVERIFY(insert.prepare(PersonStore::map().insertSql()));
        PersonStore::map().bindInsert(insert, p);
        const Result<qint64> id = SqlUtil::insertReturningId(insert, QStringLiteral("insert"));
        QVERIFY2(id.ok(), qPrintable(id.status().fullText()));

        QSqlQuery read(m_db.connection());
        read.prepare(QStringLiteral("SELECT %1, search_key FROM person p WHERE p.id = ?")
                         .arg(PersonStore::map().selectList(QStringLiteral("p"))));
        read.addBindValue(*id);
        QVERIFY(read.exec() && read.next());
        const Person back = PersonStore::map().read(read);
        QCOMPARE(back.id, *id);
        QCOMPARE(back.name, QStringLiteral("髙橋一郎")); // trimmed on the way in
        QCOMPARE(back.reading, p.reading);
        QCOMPARE(back.professionId, 0);
        QCOMPARE(back.department, p.department);
        QCOMPARE(back.email, p.email);
        QCOMPARE(back.active, false);
        // The derived column, computed from the record as given.
        QCOMPARE(read.value(PersonStore::map().width()).toString(), SearchKeys::forPerson(p.name, p.reading));

        Person changed = back;
        changed.title = QStringLiteral("医療ソーシャルワーカー");
        QSqlQuery update(m_db.connection());
        QVERIFY(update.prepare(PersonStore::map().updateSql()));
        PersonStore::map().bindUpdate(update, changed);
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 1);
    }
};

RENKEI_TEST_MAIN(TestServices)
#include "TestServices.moc"
