#include "db/Database.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "util/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

// What a new body and a new event start with in a new council's database: its first body is the
// council (協議会, not その他), and a new meeting is organised by it rather than by nobody.
class TestNewRecordDefaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    qint64 kind(const QString& code) const { return CodeListStore(m_db).idOf(CodeListStore::BodyKind, code).value(); }

    qint64 addBody(const QString& name, qint64 kindId, bool active = true)
    {
        Body b;
        b.name = name;
        b.kindId = kindId;
        b.active = active;
        return BodyStore(m_db).insert(b) ? b.id : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("new.sqlite"))));
        QVERIFY(kind(QStringLiteral("council")) && kind(QStringLiteral("other")));
    }

    void newCouncilsFirstBody()
    {
        const BodyStore store(m_db);
        QCOMPARE(store.defaultOrganiser().value(), 0); // no body yet: (none)
        QCOMPARE(store.newBodyKind().value(), kind(QStringLiteral("council")));
    }

    void onlyActiveBodyOrganises()
    {
        const BodyStore store(m_db);
        // A first body made before it was the council's kind (e.g. その他), the only active one.
        const qint64 first = addBody(QStringLiteral("加賀市在宅医療連携推進協議会"), kind(QStringLiteral("other")));
        QVERIFY(first);
        addBody(QStringLiteral("廃止した部会"), kind(QStringLiteral("other")), false);
        QCOMPARE(store.defaultOrganiser().value(), first);
        QCOMPARE(store.newBodyKind().value(), kind(QStringLiteral("council"))); // still no council-kind body
        // Two active bodies, neither the council kind: the clerk chooses.
        QVERIFY(addBody(QStringLiteral("ワーキング"), kind(QStringLiteral("other"))));
        QCOMPARE(store.defaultOrganiser().value(), 0);
        // A council-kind body organises even among several; new bodies are then その他.
        const qint64 council = addBody(QStringLiteral("協議会"), kind(QStringLiteral("council")));
        QCOMPARE(store.defaultOrganiser().value(), council);
        QCOMPARE(store.newBodyKind().value(), kind(QStringLiteral("other")));
    }
};

RENKEI_TEST_MAIN(TestNewRecordDefaults)
#include "TestNewRecordDefaults.moc"
