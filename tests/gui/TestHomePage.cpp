#include "common/Session.h"
#include "db/Database.h"
#include "home/HomeFiguresModel.h"
#include "home/HomePage.h"
#include "home/ParticipantChart.h"
#include "sample/SampleLoader.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The home page with the Kaga sample: the year's figures beside the previous year's, and the
// chart of participants by profession with one bar set per year.
class TestHomePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<HomePage> m_page;

    int figure(HomeFiguresModel::Row row, HomeFiguresModel::Column column) const
    {
        return m_page->figuresView()->model()->index(row, column).data(Qt::EditRole).toInt();
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_page = std::make_unique<HomePage>(m_session);
        m_page->setToday(
            QDate(2025, 1, 25)); // two case studies held, the joint training on 30 January to come
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void modelPassesTester()
    {
        HomeFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        YearFigures current =
            YearFigures::compute(m_session.db(), FiscalYear(2024), QDate(2025, 1, 25), nullptr);
        YearFigures previous =
            YearFigures::compute(m_session.db(), FiscalYear(2023), QDate(2025, 1, 25), nullptr);
        model.setFigures(current, previous);
        QCOMPARE(model.rowCount(), int(HomeFiguresModel::RowCount));
        QCOMPARE(model.headerData(HomeFiguresModel::CurrentYear, Qt::Horizontal).toString(),
                 FiscalYear(2024).label());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void figuresOfFiscal2024BesideFiscal2023()
    {
        using M = HomeFiguresModel;
        QCOMPARE(m_page->figuresView()->model()->headerData(M::CurrentYear, Qt::Horizontal).toString(),
                 QStringLiteral("令和6年度"));
        QCOMPARE(m_page->figuresView()->model()->headerData(M::PreviousYear, Qt::Horizontal).toString(),
                 QStringLiteral("令和5年度"));
        QCOMPARE(figure(M::MeetingsHeld, M::CurrentYear), 0);
        QCOMPARE(figure(M::MeetingsPlanned, M::CurrentYear), 0);
        QCOMPARE(figure(M::TrainingsHeld, M::CurrentYear), 2);
        QCOMPARE(figure(M::TrainingsPlanned, M::CurrentYear), 1);
        QCOMPARE(figure(M::Participants, M::CurrentYear), 44);
        QCOMPARE(figure(M::DistinctParticipants, M::CurrentYear), 0); // headcounts only
        for (int row = 0; row < M::RowCount; ++row)
            QCOMPARE(figure(M::Row(row), M::PreviousYear), 0);
    }

    void chartHasBothYears()
    {
        QHorizontalBarSeries* series = m_page->chart()->series();
        QVERIFY(m_page->chart()->isVisible());
        QCOMPARE(series->count(), 2);
        QCOMPARE(m_page->chart()->categories(), QStringList{QStringLiteral("Unknown")}); // 不明 in Japanese
        const QList<QBarSet*> sets = series->barSets();
        QCOMPARE(sets.at(0)->label(), QStringLiteral("令和5年度"));
        QCOMPARE(sets.at(0)->at(0), 0.0);
        QCOMPARE(sets.at(1)->label(), QStringLiteral("令和6年度"));
        QCOMPARE(sets.at(1)->at(0), 44.0);
        QVERIFY(m_page->chart()->chart()->axes().size() == 2);
    }

    void followsTheFiscalYear()
    {
        using M = HomeFiguresModel;
        m_page->setToday(QDate(2026, 11, 24));
        m_session.setFiscalYear(FiscalYear(2025)); // the sample's year becomes the previous one
        QCOMPARE(figure(M::TrainingsHeld, M::PreviousYear), 3);
        QCOMPARE(figure(M::TrainingsPlanned, M::PreviousYear), 0);
        QCOMPARE(figure(M::Participants, M::PreviousYear), 44);
        QCOMPARE(figure(M::Participants, M::CurrentYear), 0);
        const QList<QBarSet*> sets = m_page->chart()->series()->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0)->label(), QStringLiteral("令和6年度"));
        QCOMPARE(sets.at(0)->at(0), 44.0);

        m_session.setFiscalYear(FiscalYear(2030)); // nothing in either year: a hint instead of a chart
        QVERIFY(!m_page->chart()->isVisible());
        QCOMPARE(figure(M::Participants, M::PreviousYear), 0);
        m_session.setFiscalYear(FiscalYear(2024));
        QVERIFY(m_page->chart()->isVisible());
    }
};

RENKEI_GUI_TEST_MAIN(TestHomePage)
#include "TestHomePage.moc"
