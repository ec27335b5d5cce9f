#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "store/EventStore.h"
#include "util/TestEnvironment.h"
#include "window/FiscalYearCombo.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A.3 of issue 8: an event never vanishes because of its date. Typed into another fiscal year, the
// window follows it there and says so; the year list has no gaps; each file reopens on its year.
class TestFiscalYearFollowsEvent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
    }

    void yearListHasNoGaps()
    {
        Session session;
        QVERIFY(session.open(m_path));
        MainWindow window(session);
        FiscalYearCombo* combo = window.fiscalYearCombo();
        // The sample's events are in 令和6年度: every year from it to next year is offered.
        const int next = FiscalYear::current().startYear() + 1;
        QCOMPARE(combo->count(), next - 2024 + 1);
        for (int i = 0; i < combo->count(); ++i)
            QCOMPARE(combo->itemData(i).toInt(), next - i);
    }

    void backDatedMeetingSwitchesTheYear()
    {
        Session session;
        QVERIFY(session.open(m_path));
        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        session.setFiscalYear(FiscalYear(2026)); // 令和8年度
        window.showPage(1);
        auto* meetings = qobject_cast<EventsPage*>(window.page(1));
        QVERIFY(meetings);
        meetings->listView()->setFocus();
        QTest::keyClick(meetings->listView(), Qt::Key_N, Qt::ControlModifier);
        const qint64 id = meetings->currentId();
        QVERIFY(id);

        QLineEdit* date = meetings->editor()->details()->dateEdit();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R6.10.3"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(EventStore(session.db()).get(id).valueOr(std::nullopt)->date, QDate(2024, 10, 3));

        // The window went to 令和6年度 with the meeting still selected, and said so.
        QCOMPARE(session.fiscalYear(), FiscalYear(2024));
        QCOMPARE(window.fiscalYearCombo()->currentText(), QStringLiteral("令和6年度"));
        QCOMPARE(meetings->currentId(), id);
        QCOMPARE(meetings->listView()->model()->rowCount(), 1);
        QCOMPARE(date->text(), QStringLiteral("令和6年10月3日（木）"));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("令和6年度")) && message.contains(QStringLiteral("R6.10.3")),
                 qPrintable(message));

        // An event moved into a year outside the list makes the list grow to it.
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2019/5/1"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(session.fiscalYear(), FiscalYear(2019));
        QCOMPARE(window.fiscalYearCombo()->currentText(), QStringLiteral("令和元年度"));
        QCOMPARE(meetings->currentId(), id);
        QVERIFY(window.fiscalYearCombo()->findData(2021) >= 0); // no gap down to it
        QVERIFY(EventStore(session.db()).remove(id));
    }

    void eachFileReopensOnItsYear()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(other));
        Session session;
        QVERIFY(session.open(m_path));
        session.setFiscalYear(FiscalYear(2024));
        QVERIFY(session.open(other));
        QCOMPARE(session.fiscalYear(), FiscalYear::current()); // never chosen for this file
        session.setFiscalYear(FiscalYear(2025));
        session.close();

        Session later; // as after a restart
        QVERIFY(later.open(m_path));
        QCOMPARE(later.fiscalYear(), FiscalYear(2024));
        QVERIFY(later.open(other));
        QCOMPARE(later.fiscalYear(), FiscalYear(2025));
        MainWindow window(later);
        QCOMPARE(window.fiscalYearCombo()->currentData().toInt(), 2025);
    }
};

RENKEI_GUI_TEST_MAIN(TestFiscalYearFollowsEvent)
#include "TestFiscalYearFollowsEvent.moc"
