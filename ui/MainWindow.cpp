#include "MainWindow.h"

#include "EventListModel.h"
#include "counts/ParticipantCounts.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "store/SettingsStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_fiscalYearCombo(new QComboBox(this)), m_eventView(new QTableView(this)),
      m_model(new EventListModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_summary(new QLabel(this))
{
    const QString council = SettingsStore(db).value(SettingsStore::CouncilName);
    setWindowTitle(tr("%1 — Renkei").arg(QFileInfo(db.path()).fileName()));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* top = new QHBoxLayout;
    auto* councilLabel = new QLabel(council, central);
    QFont bigger = councilLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    councilLabel->setFont(bigger);
    auto* yearLabel = new QLabel(tr("Fiscal &year:"), central);
    yearLabel->setBuddy(m_fiscalYearCombo);
    top->addWidget(councilLabel);
    top->addStretch();
    top->addWidget(yearLabel);
    top->addWidget(m_fiscalYearCombo);
    layout->addLayout(top);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_eventView->setModel(m_proxy);
    m_eventView->setSortingEnabled(true);
    m_eventView->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setAlternatingRowColors(true);
    m_eventView->verticalHeader()->hide();
    m_eventView->horizontalHeader()->setStretchLastSection(false);
    m_eventView->horizontalHeader()->setSectionResizeMode(EventListModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_eventView);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    statusBar()->showMessage(QFileInfo(db.path()).absoluteFilePath());

    fillFiscalYears();
    connect(m_fiscalYearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::showFiscalYear);
    showFiscalYear();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 600);
    m_eventView->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/eventColumns")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/eventColumns"), m_eventView->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::fillFiscalYears()
{
    // The current fiscal year, and every year that has events, newest first.
    QList<int> years{FiscalYear::current().startYear()};
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT date FROM event")))
        while (q.next()) {
            const int y = FiscalYear::of(QDate::fromString(q.value(0).toString(), Qt::ISODate)).startYear();
            if (!years.contains(y))
                years << y;
        }
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int y : years)
        m_fiscalYearCombo->addItem(FiscalYear(y).label(), y);
    m_fiscalYearCombo->setCurrentIndex(m_fiscalYearCombo->findData(FiscalYear::current().startYear()));
}

void MainWindow::showFiscalYear()
{
    const FiscalYear year(m_fiscalYearCombo->currentData().toInt());
    m_model->load(&m_db, year.firstDay(), year.lastDay());
    m_eventView->resizeColumnsToContents();
    m_eventView->horizontalHeader()->setSectionResizeMode(EventListModel::TitleColumn, QHeaderView::Stretch);
    Status st;
    const auto counts = ParticipantCounts(m_db).compute(year, CountTable::Breakdown::Event, &st);
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No events are recorded for %1. Choose another fiscal year above to see other years.")
                               .arg(year.label()));
    else
        m_summary->setText(tr("%1: %n event(s), %2 participation(s) in all", nullptr, m_model->rowCount())
                               .arg(year.label())
                               .arg(counts ? counts->total : 0));
}
