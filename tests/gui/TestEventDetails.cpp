#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/RosterModel.h"
#include "store/EventStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The details tab of the event editor: the series offered from those already used, the note,
// and a save that reloads the editor once and leaves the typist where they were.
class TestEventDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<EventsPage> m_page;

    EventDetailsTab* details() const { return m_page->editor()->details(); }
    Event stored() { return EventStore(m_session.db()).get(m_page->currentId()).valueOr(std::nullopt).value_or(Event()); }

    void newTraining()
    {
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_page->currentId());
    }

    // Types part of a series name and picks the first offer with the keyboard.
    QStringList pickSeries(const QString& typed)
    {
        QLineEdit* series = details()->seriesEdit();
        series->setFocus();
        series->selectAll();
        typeText(series, typed);
        QAbstractItemView* popup = details()->seriesCompleter()->popup();
        QStringList offered;
        if (!popup->isVisible())
            return offered;
        for (int r = 0; r < popup->model()->rowCount(); ++r)
            offered << popup->model()->index(r, 0).data().toString();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        return offered;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_page = std::make_unique<EventsPage>(m_session, EventsPage::Trainings);
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void seriesIsOfferedFromThoseUsed()
    {
        const QString caseStudies = QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会");
        newTraining();
        // Any part of the name finds it, so it is not typed a second, slightly different way.
        QCOMPARE(pickSeries(QStringLiteral("事例検討")), QStringList{caseStudies});
        QCOMPARE(stored().series, caseStudies);
        QCOMPARE(details()->seriesEdit()->text(), caseStudies);
        QCOMPARE(EventStore(m_session.db()).seriesNames(), QStringList{caseStudies});

        // A new series, typed once, is offered for the next event.
        const QString homeCare = QStringLiteral("在宅医療・介護連携研修会");
        QLineEdit* series = details()->seriesEdit();
        series->selectAll();
        typeText(series, homeCare);
        QTest::keyClick(series, Qt::Key_Return);
        QCOMPARE(stored().series, homeCare);
        newTraining();
        QCOMPARE(pickSeries(QStringLiteral("在宅")), QStringList{homeCare});
        QCOMPARE(stored().series, homeCare);
        QCOMPARE(EventStore(m_session.db()).seriesNames(), (QStringList{caseStudies, homeCare}));

        m_session.undoStack()->undo();
        QVERIFY(stored().series.isEmpty());
        QVERIFY(details()->seriesEdit()->text().isEmpty());
    }

    void noteSavesAndUndoes()
    {
        QPlainTextEdit* note = details()->noteEdit();
        note->setFocus();
        typeText(note, QStringLiteral("会場は当日変更の可能性あり"));
        QTest::keyClick(note, Qt::Key_Tab); // a note is left like any field
        QCOMPARE(stored().note, QStringLiteral("会場は当日変更の可能性あり"));
        m_session.undoStack()->undo();
        QVERIFY(stored().note.isEmpty());
        QVERIFY(note->toPlainText().isEmpty());
        m_session.undoStack()->redo();
        QCOMPARE(note->toPlainText(), QStringLiteral("会場は当日変更の可能性あり"));
    }

    void saveReloadsOnceAndKeepsTheCursor()
    {
        QSignalSpy loads(m_page->editor()->attendance()->roster(), &QAbstractItemModel::modelReset);
        QLineEdit* venue = details()->venueEdit();
        venue->setFocus();
        typeText(venue, QStringLiteral("加賀市民会館"));
        QTest::keyClick(venue, Qt::Key_Left);
        QTest::keyClick(venue, Qt::Key_Left);
        QTest::keyClick(venue, Qt::Key_Return);
        QCOMPARE(stored().venue, QStringLiteral("加賀市民会館"));
        QCOMPARE(loads.count(), 1);
        QVERIFY(venue->hasFocus());
        QCOMPARE(venue->cursorPosition(), 4);

        // Typing on after the save goes on from there; Return with nothing changed saves nothing.
        typeText(venue, QStringLiteral("大"));
        QTest::keyClick(venue, Qt::Key_Return);
        QCOMPARE(stored().venue, QStringLiteral("加賀市民大会館"));
        QCOMPARE(loads.count(), 2);
        QCOMPARE(venue->cursorPosition(), 5);
        QTest::keyClick(venue, Qt::Key_Return);
        QCOMPARE(loads.count(), 2);

        // Leaving a field with Tab saves it and the next field keeps the focus.
        QLineEdit* title = details()->titleEdit();
        title->setFocus();
        title->end(false);
        typeText(title, QStringLiteral("（第1回）"));
        QTest::keyClick(title, Qt::Key_Tab);
        QVERIFY(stored().title.endsWith(QStringLiteral("（第1回）")));
        QCOMPARE(loads.count(), 3);
        QVERIFY(details()->dateEdit()->hasFocus());
    }
};

RENKEI_GUI_TEST_MAIN(TestEventDetails)
#include "TestEventDetails.moc"
