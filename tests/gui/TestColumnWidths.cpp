#include "common/ColumnWidths.h"
#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "store/BodyStore.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

// Every table's columns are readable, on a 1366×768 screen, from the first start on.
class TestColumnWidths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Fails unless `column` of `view` is as wide as its header and as the text of each row (up
    // to the column's maximum, when `widths` has one).
    static void verifyReadable(QTableView* view, int column, const ColumnWidths* widths = nullptr)
    {
        const QHeaderView* header = view->horizontalHeader();
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        const int width = header->sectionSize(column);
        QVERIFY2(width >= header->sectionSizeHint(column), qPrintable(QStringLiteral("%1: %2 < header %3")
                                                                          .arg(title)
                                                                          .arg(width)
                                                                          .arg(header->sectionSizeHint(column))));
        const QFontMetrics fm(view->font());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, column).data().toString();
            int needed = fm.horizontalAdvance(text) + 6; // the cell's margins
            if (widths)
                needed = std::min(needed, widths->maximumWidth(column));
            QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 row %2 \"%3\": %4 < %5")
                                                     .arg(title)
                                                     .arg(row)
                                                     .arg(text)
                                                     .arg(width)
                                                     .arg(needed)));
        }
    }

    static QPushButton* button(QWidget* parent, const QString& text)
    {
        for (QPushButton* b : parent->findChildren<QPushButton*>())
            if (b->text() == text && b->isVisible())
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
        Database db;
        QVERIFY(db.open(m_path));
        RosterFixture f(db);
        const qint64 council = BodyStore(db).find(QStringLiteral("協議会")).value();
        QVERIFY(council);
        const qint64 centre = f.organisation(QStringLiteral("加賀市医療センター 地域連携センター"), QStringLiteral("かがしいりょうせんたー"));
        const qint64 station = f.organisation(QStringLiteral("訪問看護ステーションやまなか温泉"), QStringLiteral("ほうもんかんご"));
        f.member(council, f.person(QStringLiteral("長谷川 由美子"), QStringLiteral("はせがわ ゆみこ"), centre, QStringLiteral("medical-social-worker")));
        f.member(council, f.person(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), station, QStringLiteral("chief-care-manager")));
        f.member(council, f.person(QStringLiteral("小林 花"), QStringLiteral("こばやし はな"), station, QStringLiteral("nurse")));
    }

    // A new meeting's 出欠 tab in a window filling the screen: the members' name, organisation,
    // profession, and once ticked their status and role, are readable without scrolling.
    void rosterOfANewEvent()
    {
        QSettings().clear();
        Session session;
        QVERIFY(session.open(m_path));
        session.setFiscalYear(FiscalYear::current());
        MainWindow window(session);
        window.setGeometry(QApplication::primaryScreen()->availableGeometry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        auto* page = qobject_cast<EventsPage*>(window.page(1));
        QVERIFY(page);
        QPushButton* newButton = button(page, QStringLiteral("&New"));
        QVERIFY(newButton);
        newButton->click();
        // The tab is clicked with the mouse: the roster is shown and laid out while the button is
        // down, which is not the user sizing its columns.
        QTabBar* tabs = page->editor()->tabBar();
        QTest::mousePress(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        page->editor()->setCurrentIndex(2);
        const QSize full = window.size();
        window.resize(full.width() - 40, full.height());
        QApplication::processEvents();
        window.resize(full);
        QApplication::processEvents();
        QTest::mouseRelease(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        AttendanceTab* tab = page->editor()->attendance();
        RosterView* roster = tab->rosterView();
        QCOMPARE(roster->model()->rowCount(), 3);
        QTest::qWait(20);
        for (int c : {RosterModel::NameColumn, RosterModel::OrganisationColumn, RosterModel::ProfessionColumn})
            verifyReadable(roster, c);

        roster->setFocus();
        for (int row = 0; row < 3; ++row) {
            QTest::keyClick(roster, Qt::Key_Space);
            QTest::keyClick(roster, Qt::Key_Down);
        }
        QTest::qWait(20);
        QVERIFY(!roster->model()->index(0, RosterModel::StatusColumn).data().toString().isEmpty());
        QVERIFY(!roster->model()->index(0, RosterModel::RoleColumn).data().toString().isEmpty());
        int used = 0;
        for (int c : {RosterModel::NameColumn, RosterModel::OrganisationColumn, RosterModel::ProfessionColumn,
                      RosterModel::StatusColumn, RosterModel::RoleColumn}) {
            verifyReadable(roster, c);
            used += roster->columnWidth(c);
        }
        QVERIFY2(used <= roster->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(used).arg(roster->viewport()->width())));
    }

    // An empty roster (an event known only by headcounts) shows columns to fill, not slivers
    // beside a stretched 代理出席者 column.
    void emptyRosterColumnsAreNotSlivers()
    {
        QSettings().clear();
        const QString path = m_dir.filePath(QStringLiteral("sample.sqlite")); // no members added
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        Session session;
        QVERIFY(session.open(path));
        session.setFiscalYear(FiscalYear(2024));
        MainWindow window(session);
        window.setGeometry(QApplication::primaryScreen()->availableGeometry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(2); // trainings: the sample's are known by headcounts only
        auto* page = qobject_cast<EventsPage*>(window.page(2));
        QVERIFY(page);
        page->editor()->setCurrentIndex(2);
        RosterView* roster = page->editor()->attendance()->rosterView();
        // R7.1.22's organiser has no members on that day: its roster is empty.
        for (int row = 0; row < page->listView()->model()->rowCount(); ++row) {
            page->listView()->selectRow(row);
            QApplication::processEvents();
            if (roster->model()->rowCount() == 0)
                break;
        }
        QCOMPARE(roster->model()->rowCount(), 0);
        QTest::qWait(20);
        const int kanji5 = roster->fontMetrics().horizontalAdvance(QString(5, QChar(0x6F22)));
        for (int c : {RosterModel::NameColumn, RosterModel::OrganisationColumn, RosterModel::ProfessionColumn,
                      RosterModel::StatusColumn, RosterModel::RoleColumn})
            QVERIFY2(roster->columnWidth(c) >= kanji5,
                     qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(roster->columnWidth(c)).arg(kanji5)));
    }

    // A list opens on the file's records with columns fitted to them, and widths the user never
    // chose are not saved; an old saved state (sized while empty) no longer narrows them.
    void listsFitTheirRecords()
    {
        QSettings().clear();
        QHeaderView narrow(Qt::Horizontal);
        QSettings().setValue(QStringLiteral("organisationsPage/columns"), narrow.saveState());
        Session session;
        QVERIFY(session.open(m_path));
        session.setFiscalYear(FiscalYear(2024));
        MainWindow window(session);
        window.setGeometry(QApplication::primaryScreen()->availableGeometry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int index : {2, 3, 4, 5}) { // trainings, people, organisations, bodies
            window.showPage(index);
            auto* page = qobject_cast<RecordPage*>(window.page(index));
            QVERIFY(page);
            QTest::qWait(20);
            QVERIFY(page->listView()->model()->rowCount() > 0);
            for (int c = 0; c < page->listView()->model()->columnCount() - 1; ++c)
                verifyReadable(page->listView(), c, page->columnWidths());
        }
        window.showPage(0); // hides the lists: they save what is theirs to save
        QVERIFY(!QSettings().contains(QStringLiteral("organisationsPage/columnWidths")));
        QVERIFY(!QSettings().contains(QStringLiteral("peoplePage/columnWidths")));
    }

    // Widths the user set are kept, but never narrower than the header.
    void userWidthsAreKeptButNotBelowTheHeader()
    {
        QSettings().clear();
        Session session;
        QVERIFY(session.open(m_path));
        {
            OrganisationsPage page(session);
            page.resize(1200, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QHeaderView* header = page.listView()->horizontalHeader();
            // A drag on the header: the mouse button is down while the section changes.
            QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
            header->resizeSection(0, 300);
            header->resizeSection(1, 3);
            QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
            QVERIFY(page.columnWidths()->userSized());
            page.hide();
        }
        OrganisationsPage page(session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(20);
        QHeaderView* header = page.listView()->horizontalHeader();
        QCOMPARE(header->sectionSize(0), 300);
        QCOMPARE(header->sectionSize(1), header->sectionSizeHint(1));
    }
};

RENKEI_GUI_TEST_MAIN_1366x768(TestColumnWidths)
#include "TestColumnWidths.moc"
