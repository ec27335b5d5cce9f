#include "EventListModel.h"
#include "MainWindow.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The path from ui/ to core/: the window lists the events of the chosen fiscal year.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("kaga.sqlite"))));
        QVERIFY(SampleLoader::load(m_db, QStringLiteral("kaga")));
    }

    void modelPassesTester()
    {
        EventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&m_db, QDate(2024, 4, 1), QDate(2025, 3, 31));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, EventListModel::ParticipantsColumn)).toString(), QStringLiteral("22 person(s)"));
        QCOMPARE(model.data(model.index(2, EventListModel::ParticipantsColumn)).toString(), QStringLiteral("not recorded"));
        QCOMPARE(model.data(model.index(0, EventListModel::DateColumn)).toString(), QStringLiteral("令和6年12月12日（木）"));
        model.load(nullptr, QDate(), QDate());
        QCOMPARE(model.rowCount(), 0);
    }

    void windowFollowsFiscalYear()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox* combo = window.fiscalYearCombo();
        // Defaults to the current fiscal year, and offers 令和6年度 where the sample's events are.
        QCOMPARE(combo->currentData().toInt(), FiscalYear::current().startYear());
        const int r6 = combo->findText(QStringLiteral("令和6年度"));
        QVERIFY(r6 >= 0);
        combo->setFocus();
        combo->setCurrentIndex(r6);
        QTableView* view = window.eventView();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, EventListModel::DateColumn).data().toString(), QStringLiteral("令和7年1月22日（水）"));
        QVERIFY(view->model()->index(2, EventListModel::TitleColumn).data().toString().contains(QStringLiteral("脳卒中")));
    }
};

RENKEI_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
