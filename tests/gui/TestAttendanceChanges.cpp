// Issue 9, point 4: an attendance ticked on a 60-person roster changes that one roster row and
// the tally — no reload of the roster — and the event's row in the list follows; models stay
// consistent (QAbstractItemModelTester) while changes are applied; a roster that cannot be read
// says so instead of showing an empty roster.
#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventEditor.h"
#include "events/EventListModel.h"
#include "events/EventsPage.h"
#include "events/HeadcountModel.h"
#include "events/RosterModel.h"
#include "store/EventStore.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestAttendanceChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<EventsPage> m_page;
    qint64 m_event = 0;
    QList<qint64> m_members;

    AttendanceTab* attendance() const { return m_page->editor()->attendance(); }
    RosterModel* roster() const { return attendance()->roster(); }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        Database& db = m_session.db();
        const Event event = EventStore(db).findByDate(QDate(2024, 12, 12)).value().value(0);
        m_event = event.id;
        QVERIFY(m_event && event.bodyId);
        RosterFixture f(db);
        const qint64 org = f.organisation(QStringLiteral("加賀訪問看護"), QStringLiteral("かがほうもんかんご"));
        for (int i = 0; i < 60; ++i) {
            m_members << f.person(QStringLiteral("委員%1").arg(i, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("いいん%1").arg(i, 2, 10, QLatin1Char('0')), org);
            f.member(event.bodyId, m_members.last());
        }
        m_session.setFiscalYear(FiscalYear(2024));
        m_page = std::make_unique<EventsPage>(m_session, EventsPage::Trainings);
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->selectId(m_event);
        QCOMPARE(roster()->eventId(), m_event);
        QVERIFY(roster()->rowCount() >= 60);
    }

    void tickingOneChangesOneRowAndTheTally()
    {
        QAbstractItemModelTester rosterTester(roster(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester headcountTester(attendance()->headcounts(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(m_page->view()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(roster(), &QAbstractItemModel::modelReset);
        QSignalSpy rows(roster(), &QAbstractItemModel::dataChanged);
        QSignalSpy listResets(m_page->view()->model(), &QAbstractItemModel::modelReset);
        const QString tallyBefore = attendance()->tallyLabel()->text();
        const qint64 member = m_members.at(17);
        const int row = roster()->rowOfPerson(member);
        QVERIFY(row >= 0);
        QVERIFY(!roster()->row(row)->attendance);

        QVERIFY(attendance()->toggle(member));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(rows.at(0).at(1).toModelIndex().row(), row);
        QVERIFY(roster()->row(row)->attendance);
        QVERIFY(attendance()->tallyLabel()->text() != tallyBefore);
        QCOMPARE(listResets.count(), 0);
        const QAbstractItemModel* list = m_page->view()->model();
        bool counted = false;
        for (int i = 0; i < list->rowCount(); ++i)
            if (list->index(i, 0).data(EventListModel::EventIdRole).toLongLong() == m_event)
                counted = list->index(i, EventListModel::ParticipantsColumn).data().toString().contains(u'2');
        QVERIFY(counted); // 22 by headcount + 1 named = 23

        // Undo goes through the service too: the same row changes back, nothing is reloaded.
        rows.clear();
        m_session.undoStack()->undo();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(rows.count(), 1);
        QVERIFY(!roster()->row(row)->attendance);
        QCOMPARE(attendance()->tallyLabel()->text(), tallyBefore);
    }

    void headcountChangesTheTally()
    {
        QAbstractItemModelTester headcountTester(attendance()->headcounts(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy rosterResets(roster(), &QAbstractItemModel::modelReset);
        const QString tallyBefore = attendance()->tallyLabel()->text();
        HeadcountModel* counts = attendance()->headcounts();
        QVERIFY(counts->setData(counts->index(0, HeadcountModel::CountColumn), 4));
        QCoreApplication::processEvents(); // the request is queued
        QCOMPARE(counts->data(counts->index(0, HeadcountModel::CountColumn)).toInt(), 4);
        QVERIFY(attendance()->tallyLabel()->text() != tallyBefore);
        QCOMPARE(rosterResets.count(), 0);
        m_session.undoStack()->undo();
        QCOMPARE(attendance()->tallyLabel()->text(), tallyBefore);
    }

    void aRosterThatCannotBeReadIsAnError()
    {
        QSqlQuery q(m_session.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE attendance RENAME TO attendance_gone")));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        const int shown = Dialogs::shownCount();
        attendance()->setEvent(0);
        attendance()->setEvent(m_event);
        QVERIFY(Dialogs::shownCount() > shown);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(Dialogs::lastMessage()));
        QCOMPARE(roster()->rowCount(), 0);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE attendance_gone RENAME TO attendance")));
    }
};

RENKEI_GUI_TEST_MAIN(TestAttendanceChanges)
#include "TestAttendanceChanges.moc"
