// A committed edit on the bodies page touches only the rows it changed: one body changed changes
// one row of the bodies list, one seat changed changes one row of the members (no reset), an
// ended term moves its row among the past members as a fresh read would place it, and the
// models stay consistent (QAbstractItemModelTester) while changes are applied.
#include "bodies/BodiesPage.h"
#include "bodies/BodyListModel.h"
#include "bodies/MembershipModel.h"
#include "bodies/MembershipPanel.h"
#include "common/Session.h"
#include "service/BodyService.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestBodiesChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    Session m_session;
    qint64 m_shingikai = 0;
    const QDate m_today{2025, 6, 1};

    struct Spies
    {
        explicit Spies(QAbstractItemModel* model)
            : reset(model, &QAbstractItemModel::modelReset), inserted(model, &QAbstractItemModel::rowsInserted),
              removed(model, &QAbstractItemModel::rowsRemoved), moved(model, &QAbstractItemModel::rowsMoved),
              changed(model, &QAbstractItemModel::dataChanged)
        {
        }
        QSignalSpy reset, inserted, removed, moved, changed;
    };

    static QList<qint64> ids(const MembershipModel& model)
    {
        QList<qint64> list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, 0).data(MembershipModel::IdRole).toLongLong();
        return list;
    }

    Membership seat(int index)
    {
        const auto seats = BodyService(m_session.services()).memberships(m_shingikai);
        return seats ? seats->value(index) : Membership();
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga%1.sqlite").arg(++m_file));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_shingikai = BodyService(m_session.services()).find(QStringLiteral("加賀市地域医療審議会")).value();
        QVERIFY(m_shingikai);
    }
    void cleanup() { m_session.close(); }

    void oneBodyChangesOneRow()
    {
        BodyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(&m_session.services(), m_today));
        connect(&m_session, &Session::changes, &model, [&](const Changes& changes) {
            for (const Change& c : changes)
                QVERIFY(model.apply(m_session.services(), c));
        });
        Spies spies(&model);

        Body body = *BodyService(m_session.services()).body(m_shingikai).value();
        body.note = QStringLiteral("年2回開催");
        QVERIFY(BodyService(m_session.services()).update(body));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const QModelIndex topLeft = spies.changed.first().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = spies.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), model.indexOf(m_shingikai));
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(model.body(m_shingikai)->note, QStringLiteral("年2回開催"));

        // A seat added to the body counts it again in its row only.
        const int before = model.index(model.indexOf(m_shingikai), BodyListModel::MembersColumn).data().toInt();
        Membership added = seat(0);
        added.id = 0;
        added.termFrom = QDate(2025, 4, 1);
        added.termTo = QDate();
        QVERIFY(BodyService(m_session.services()).addMembership(added));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.changed.count(), 2);
        QCOMPARE(spies.changed.last().at(0).value<QModelIndex>().row(), model.indexOf(m_shingikai));
        QCOMPARE(model.index(model.indexOf(m_shingikai), BodyListModel::MembersColumn).data().toInt(), before + 1);

        // Added and removed bodies are rows inserted and removed, not a reload.
        Body other = body;
        other.id = 0;
        other.name = QStringLiteral("加賀市在宅医療部会");
        const Result<qint64> id = BodyService(m_session.services()).add(other);
        QVERIFY(id);
        QCOMPARE(spies.inserted.count(), 1);
        QVERIFY(model.indexOf(*id) >= 0);
        QVERIFY(BodyService(m_session.services()).remove(*id));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(model.indexOf(*id), -1);
        QCOMPARE(spies.reset.count(), 0);
    }

    void oneSeatChangesOneRow()
    {
        MembershipModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(&m_session.services(), m_shingikai, true, m_today));
        connect(&m_session, &Session::changes, &model, [&](const Changes& changes) {
            for (const Change& c : changes)
                QVERIFY(model.apply(m_session.services(), c));
        });
        const QList<qint64> order = ids(model);
        Spies spies(&model);

        Membership changed = *model.membership(order.first()); // a current member
        changed.note = QStringLiteral("医師会推薦");
        QVERIFY(BodyService(m_session.services()).updateMembership(changed));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.moved.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>().row(), model.rowOf(changed.id));
        QCOMPARE(ids(model), order);
        QCOMPARE(model.index(model.rowOf(changed.id), MembershipModel::NoteColumn).data().toString(),
                 QStringLiteral("医師会推薦"));

        // A term ended moves the row among the past members, where a fresh read puts it.
        QVERIFY(BodyService(m_session.services()).endTerm(changed.id, m_today.addDays(-1)));
        QCOMPARE(spies.reset.count(), 0);
        QVERIFY(model.index(model.rowOf(changed.id), 0).data(MembershipModel::PastRole).toBool());
        MembershipModel fresh;
        QVERIFY(fresh.load(&m_session.services(), m_shingikai, true, m_today));
        QCOMPARE(ids(model), ids(fresh));
        QCOMPARE(model.pastCount(), fresh.pastCount());

        // Removed and put back: one row out, one row in.
        QVERIFY(BodyService(m_session.services()).removeMembership(changed.id));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(model.rowOf(changed.id), -1);
        Membership back = changed;
        back.termTo = m_today.addDays(-1);
        QVERIFY(BodyService(m_session.services()).restoreMembership(back));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(ids(model), ids(fresh));
        QCOMPARE(spies.reset.count(), 0);
    }

    void thePageAppliesChangesWithoutReloading()
    {
        BodiesPage page(m_session);
        page.members()->setToday(m_today);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.members()->showBody(m_shingikai, QStringLiteral("加賀市地域医療審議会"));
        const int shown = page.members()->model()->rowCount();
        QVERIFY(shown > 0);
        Spies spies(page.members()->model());

        const Membership original = seat(2);
        Membership changed = original;
        changed.note = QStringLiteral("副会長候補");
        QVERIFY(m_session.edit(
            QStringLiteral("note"), EditTarget::of(EditTarget::Kind::Body, m_shingikai),
            [&] { return BodyService(m_session.services()).updateMembership(changed); },
            [&] { return BodyService(m_session.services()).updateMembership(original); }));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(page.members()->model()->rowCount(), shown);
        QCOMPARE(page.members()->model()->membership(changed.id)->note, QStringLiteral("副会長候補"));
    }
};

RENKEI_GUI_TEST_MAIN(TestBodiesChanges)
#include "TestBodiesChanges.moc"
