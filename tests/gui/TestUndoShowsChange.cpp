#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "pages/RecordPage.h"
#include "people/PeoplePage.h"
#include "people/PersonEditor.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// A.5 of issue 8: an undo entry names what it changes (the field and the record), and undoing or
// redoing it from another page takes the user to the page and record it changes.
class TestUndoShowsChange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<MainWindow> m_window;

    EventsPage* trainings() const { return qobject_cast<EventsPage*>(m_window->page(2)); }
    QWidget* peopleList() const { return qobject_cast<RecordPage*>(m_window->page(3))->listView(); }
    void pressOnPeoplePage(const QKeySequence& keys)
    {
        m_window->showPage(3);
        peopleList()->setFocus();
        QTest::keySequence(peopleList(), keys);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_window = std::make_unique<MainWindow>(m_session);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void undoOfAVenueShowsTheTraining()
    {
        const Event event = EventStore(m_session.db()).findByDate(QDate(2024, 12, 12)).first();
        m_window->showPage(2);
        trainings()->selectId(event.id);
        QLineEdit* venue = trainings()->editor()->details()->venueEdit();
        QCOMPARE(venue->text(), event.venue);
        venue->setFocus();
        venue->selectAll();
        typeText(venue, QStringLiteral("市役所 大会議室"));
        QTest::keyClick(venue, Qt::Key_Tab);
        QCOMPARE(EventStore(m_session.db()).get(event.id).valueOr(std::nullopt)->venue, QStringLiteral("市役所 大会議室"));
        QCOMPARE(m_session.undoStack()->undoText(),
                 QStringLiteral("Change of venue (R6.12.12 %1…)").arg(event.title.left(12)));

        // On 関係者, Ctrl+Z: the trainings page comes back with the event and its old venue.
        pressOnPeoplePage(QKeySequence::Undo);
        QCOMPARE(EventStore(m_session.db()).get(event.id).valueOr(std::nullopt)->venue, event.venue);
        QCOMPARE(m_window->navigation()->currentRow(), 2);
        QCOMPARE(trainings()->currentId(), event.id);
        QCOMPARE(trainings()->editor()->currentIndex(), int(EditTarget::Details));
        QCOMPARE(venue->text(), event.venue);

        // Redo from elsewhere shows it again, with the new venue.
        pressOnPeoplePage(QKeySequence(Qt::CTRL | Qt::Key_Y));
        QCOMPARE(m_window->navigation()->currentRow(), 2);
        QCOMPARE(trainings()->currentId(), event.id);
        QCOMPARE(venue->text(), QStringLiteral("市役所 大会議室"));
    }

    void undoOfAttendanceShowsTheAttendanceTab()
    {
        const Event event = EventStore(m_session.db()).findByDate(QDate(2025, 1, 22)).first();
        const Person hasegawa = PersonStore(m_session.db()).findByName(QStringLiteral("長谷川英裕")).first();
        m_window->showPage(2);
        trainings()->selectId(event.id);
        trainings()->editor()->setCurrentIndex(EditTarget::Attendance);
        QVERIFY(trainings()->editor()->attendance()->setStatus(hasegawa.id, 1));
        QCOMPARE(m_session.undoStack()->undoText(),
                 QStringLiteral("長谷川英裕: Present (R7.1.22 %1…)").arg(event.title.left(12)));
        trainings()->editor()->setCurrentIndex(EditTarget::Details);
        trainings()->selectId(EventStore(m_session.db()).findByDate(QDate(2024, 12, 12)).first().id);

        pressOnPeoplePage(QKeySequence::Undo);
        QCOMPARE(m_window->navigation()->currentRow(), 2);
        QCOMPARE(trainings()->currentId(), event.id);
        QCOMPARE(trainings()->editor()->currentIndex(), int(EditTarget::Attendance));
    }

    void undoOfAReadingShowsThePerson()
    {
        const Person shirasaki = PersonStore(m_session.db()).findByName(QStringLiteral("白﨑直樹")).first();
        auto* people = qobject_cast<PeoplePage*>(m_window->page(3));
        m_window->showPage(3);
        people->selectId(shirasaki.id);
        QLineEdit* reading = people->editor()->readingEdit();
        reading->setFocus();
        reading->selectAll();
        typeText(reading, QStringLiteral("しらさき"));
        QTest::keyClick(reading, Qt::Key_Tab);
        QCOMPARE(m_session.undoStack()->undoText(), QStringLiteral("Change of reading (白﨑直樹)"));

        m_window->showPage(2);
        trainings()->listView()->setFocus();
        QTest::keySequence(trainings()->listView(), QKeySequence::Undo);
        QCOMPARE(m_window->navigation()->currentRow(), 3);
        QCOMPARE(people->currentId(), shirasaki.id);
        QCOMPARE(reading->text(), shirasaki.reading);
    }

    void undoOfADateFollowsTheEventToItsYear()
    {
        // A meeting moved from 令和6年度 (its last day) to 令和8年度; undone while 令和8年度 is shown.
        m_window->showPage(1);
        auto* meetings = qobject_cast<EventsPage*>(m_window->page(1));
        meetings->listView()->setFocus();
        QTest::keyClick(meetings->listView(), Qt::Key_N, Qt::ControlModifier);
        const qint64 id = meetings->currentId();
        QVERIFY(id);
        QLineEdit* date = meetings->editor()->details()->dateEdit();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R8.6.1"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(m_session.fiscalYear(), FiscalYear(2026));
        QVERIFY(m_session.undoStack()->undoText().startsWith(QStringLiteral("Change of date (R7.3.31 ")));

        pressOnPeoplePage(QKeySequence::Undo);
        QCOMPARE(m_session.fiscalYear(), FiscalYear(2024));
        QCOMPARE(m_window->navigation()->currentRow(), 1);
        QCOMPARE(meetings->currentId(), id);
        QVERIFY(date->text().startsWith(QStringLiteral("令和7年3月31日")));
    }
};

RENKEI_GUI_TEST_MAIN(TestUndoShowsChange)
#include "TestUndoShowsChange.moc"
