#include "home/HomePage.h"

#include "Locale.h"
#include "common/Session.h"
#include "date/JapaneseDate.h"
#include "home/HomeFiguresModel.h"
#include "home/ParticipantChart.h"
#include "home/YearFigures.h"
#include "store/SettingsStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

HomePage::HomePage(Session& session, QWidget* parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_asOf(new QLabel(this)),
      m_figures(new HomeFiguresModel(this)), m_figuresView(new QTableView(this)),
      m_chart(new ParticipantChart(this)), m_noParticipants(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);

    m_figuresView->setObjectName(QStringLiteral("figuresView"));
    m_figuresView->setModel(m_figures);
    m_figuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figuresView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figuresView->setAlternatingRowColors(true);
    m_figuresView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_figuresView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figuresView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figuresView->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figuresView->horizontalHeader()->setMinimumSectionSize(110);
    m_figuresView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_noParticipants->setWordWrap(true);
    m_noParticipants->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* figuresColumn = new QVBoxLayout;
    figuresColumn->addWidget(m_figuresView);
    figuresColumn->addStretch();
    // Many professions need more height than the window has: the chart scrolls rather than
    // squeezing their names to "...".
    auto* chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartScroll->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    chartScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_chartArea = chartScroll;
    auto* chartColumn = new QVBoxLayout;
    chartColumn->addWidget(chartScroll, 1);
    chartColumn->addWidget(m_noParticipants);
    chartColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(figuresColumn);
    columns->addSpacing(12);
    columns->addLayout(chartColumn, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_asOf);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);
}

void HomePage::clear()
{
    m_heading->setText(tr("No database is open"));
    m_asOf->clear();
    m_figures->clear();
    m_figuresView->hide();
    m_chart->setFigures(YearFigures(), YearFigures());
    m_chartArea->hide();
    m_noParticipants->setText(tr("Use File > Open or File > New Database."));
    m_noParticipants->show();
}

void HomePage::reload()
{
    m_figuresView->show();
    const Database& db = m_session.db();
    const FiscalYear year = m_session.fiscalYear();
    const QDate day = today();
    const QString council = SettingsStore(db).value(SettingsStore::CouncilName).valueOr(QString());
    m_heading->setText(council.isEmpty() ? year.label() : tr("%1 — %2").arg(council, year.label()));
    const QString dayText = Locale::isJapanese() ? JapaneseDate::formatLongNoWeekday(day)
                                                 : QLocale().toString(day, QLocale::LongFormat);
    m_asOf->setText(tr("As of %1. Events up to today count as held, later ones as planned.").arg(dayText));

    Status status;
    const YearFigures current = YearFigures::compute(db, year, day, &status);
    if (!status)
        emit m_session.failed(status);
    const YearFigures previous = YearFigures::compute(db, year.previous(), day, &status);
    if (!status)
        emit m_session.failed(status);
    m_figures->setFigures(current, previous);
    m_figuresView->resizeColumnsToContents();
    m_figuresView->updateGeometry();

    m_chart->setFigures(current, previous);
    const bool any = !current.byProfession.isEmpty() || !previous.byProfession.isEmpty();
    m_chartArea->setVisible(any);
    m_noParticipants->setVisible(!any);
    m_noParticipants->setText(
        tr("No participants are recorded for %1 or %2. Enter attendance on the Meetings "
           "and Trainings pages, and the chart of participants by profession appears here.")
            .arg(year.label(), year.previous().label()));
}
