#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "service/Services.h"
#include "events/EventListModel.h"
#include "events/EventsPage.h"
#include "sample/SampleLoader.h"
#include "settings/SettingsPage.h"
#include "util/TestEnvironment.h"
#include "window/FiscalYearCombo.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The window as a whole: pages follow the fiscal year, files open safely.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        Database db;
        QVERIFY(db.create(m_path));
        QVERIFY(SampleLoader::load(db, QStringLiteral("kaga")));
    }

    void eventModelPassesTester()
    {
        Database db;
        QVERIFY(db.open(m_path));
        Services services(db);
        EventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&services, QDate(2024, 4, 1), QDate(2025, 3, 31));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, EventListModel::ParticipantsColumn)).toString(), QStringLiteral("22 person(s)"));
        QCOMPARE(model.data(model.index(2, EventListModel::ParticipantsColumn)).toString(), QStringLiteral("not recorded"));
        QCOMPARE(model.data(model.index(0, EventListModel::DateColumn)).toString(), QStringLiteral("令和6年12月12日（木）"));
        model.load(&services, QDate(2024, 4, 1), QDate(2025, 3, 31), {{QStringLiteral("meeting")}, {}});
        QCOMPARE(model.rowCount(), 0);
        model.load(nullptr, QDate(), QDate());
        QCOMPARE(model.rowCount(), 0);
    }

    void pagesFollowFiscalYear()
    {
        Session session;
        QVERIFY(session.open(m_path));
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.fiscalYearCombo()->currentData().toInt(), FiscalYear::current().startYear());
        const int r6 = window.fiscalYearCombo()->findText(QStringLiteral("令和6年度"));
        QVERIFY(r6 >= 0);
        window.showPage(2); // trainings (after Home and Meetings)
        window.fiscalYearCombo()->setCurrentIndex(r6);
        QCOMPARE(session.fiscalYear(), FiscalYear(2024));
        auto* trainings = qobject_cast<EventsPage*>(window.page(2));
        QVERIFY(trainings);
        QCOMPARE(trainings->view()->model()->rowCount(), 3);
        QCOMPARE(trainings->view()->model()->index(1, EventListModel::DateColumn).data().toString(),
                 QStringLiteral("令和7年1月22日（水）"));
        window.showPage(1); // meetings: none in the sample
        QCOMPARE(qobject_cast<EventsPage*>(window.page(1))->view()->model()->rowCount(), 0);
    }

    void openingAForeignFileKeepsTheCurrentOne()
    {
        Session session;
        QVERIFY(session.open(m_path));
        MainWindow window(session);
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(notes));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("notes.txt")));
        QVERIFY(session.isOpen());
        QCOMPARE(session.db().path(), QFileInfo(m_path).absoluteFilePath());
        QFile check(notes);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a database\n"));
    }

    // File > New under a typed name without extension makes a file File > Open then shows.
    void newDatabaseWithoutExtensionIsShownByOpen()
    {
        Session session;
        MainWindow window(session);
        auto* newAction = window.findChild<QAction*>(QStringLiteral("newDatabaseAction"));
        auto* openAction = window.findChild<QAction*>(QStringLiteral("openAction"));
        QVERIFY(newAction && openAction);
        QTemporaryDir dir;
        Dialogs::setNextFileName(dir.filePath(QStringLiteral("council")));
        newAction->trigger();
        const QString made = dir.filePath(QStringLiteral("council.renkei"));
        QVERIFY(QFile::exists(made));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("council"))));
        QCOMPARE(session.db().path(), QFileInfo(made).absoluteFilePath());
        // The new file has no council yet: the window shows where its name is entered.
        bool onSettings = false;
        for (int i = 0; i < window.pageCount(); ++i)
            if (window.page(i)->isVisibleTo(&window))
                onSettings = qobject_cast<SettingsPage*>(window.page(i)) != nullptr;
        QVERIFY(onSettings);

        Dialogs::setNextFileName(QString()); // the user cancels Open
        openAction->trigger();
        const QString filter = Dialogs::lastFilter().section(QStringLiteral(";;"), 0, 0);
        const QStringList patterns = filter.section(u'(', 1).section(u')', 0, 0).split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(QDir(dir.path()).entryList(patterns, QDir::Files).contains(QStringLiteral("council.renkei")),
                 qPrintable(filter));
        // Every extension a database may carry is offered, and a known one is kept as typed.
        for (const char* name : {"a.sqlite", "b.db", "c.renkei"}) {
            QVERIFY2(patterns.contains(QStringLiteral("*.") + QFileInfo(QString::fromLatin1(name)).suffix()), name);
            QVERIFY(window.newFile(dir.filePath(QString::fromLatin1(name))));
            QVERIFY(QFile::exists(dir.filePath(QString::fromLatin1(name))));
        }
    }

    void saveACopy()
    {
        Session session;
        QVERIFY(session.open(m_path));
        MainWindow window(session);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(window.saveCopy(copy));
        Database db;
        QVERIFY(db.open(copy));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.saveCopy(copy)); // exists: refused with a message
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("copy.sqlite")));
    }
};

RENKEI_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
