#include "home/ParticipantChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace {
// Pixels per profession (two bars): comfortable, and the least before Qt Charts elides the
// profession names to "...".
constexpr int RowHeight = 40;
constexpr int MinimumRowHeight = 28;
constexpr int ChartMargins = 130; // title, legend and value axis

// The professions of both years in code-list order (each year's rows already are).
QList<QPair<QString, QString>> mergedProfessions(const YearFigures& current, const YearFigures& previous)
{
    QList<QPair<QString, QString>> merged;
    for (const CountTable::Row& row : current.byProfession)
        merged << qMakePair(row.key, row.label);
    int insertAt = 0;
    for (const CountTable::Row& row : previous.byProfession) {
        const auto found =
            std::find_if(merged.begin(), merged.end(), [&](const auto& p) { return p.first == row.key; });
        if (found != merged.end()) {
            insertAt = int(found - merged.begin()) + 1;
            continue;
        }
        merged.insert(insertAt++, qMakePair(row.key, row.label));
    }
    return merged;
}
} // namespace

ParticipantChart::ParticipantChart(QWidget* parent) : QChartView(parent), m_series(new QHorizontalBarSeries)
{
    setObjectName(QStringLiteral("participantChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignTop); // in view even when the chart scrolls
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTitle(tr("Participants by profession"));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    setChart(chart);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QBarSet* ParticipantChart::barSet(const YearFigures& figures, const QStringList& keys,
                                  const QColor& color) const
{
    auto* set = new QBarSet(figures.year.label());
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(palette().color(QPalette::WindowText));
    QHash<QString, int> counts;
    for (const CountTable::Row& row : figures.byProfession)
        counts.insert(row.key, row.count.value_or(0));
    for (const QString& key : keys)
        *set << counts.value(key);
    return set;
}

void ParticipantChart::setFigures(const YearFigures& current, const YearFigures& previous)
{
    QChart* c = chart();
    m_series->clear();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    // Horizontal bars are drawn from the bottom up: reverse, so the list reads from the top.
    const auto professions = mergedProfessions(current, previous);
    QStringList keys;
    m_categories.clear();
    for (auto it = professions.crbegin(); it != professions.crend(); ++it) {
        keys << it->first;
        m_categories << it->second;
    }
    // Within a profession the first set is drawn lowest: the previous year goes first so that
    // the selected year sits on top, as in the figures beside the chart.
    m_series->append(barSet(previous, keys, QColor(0xb0, 0xbe, 0xc5)));
    m_series->append(barSet(current, keys, QColor(0x1e, 0x6f, 0xb8)));
    m_series->setBarWidth(professions.size() <= 1 ? 0.5 : 0.75);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categories);
    categoryAxis->setGridLineVisible(false);
    c->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    int maximum = 0;
    for (QBarSet* set : m_series->barSets())
        for (int i = 0; i < set->count(); ++i)
            maximum = std::max(maximum, int(set->at(i)));
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, std::max(5, maximum));
    valueAxis->applyNiceNumbers();
    // Room for the value labels at the end of the longest bar.
    if (valueAxis->max() < maximum * 1.08) {
        valueAxis->setMax(maximum * 1.15);
        valueAxis->applyNiceNumbers();
    }
    valueAxis->setMinorTickCount(0);
    c->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);

    // The legend shows the selected year first.
    c->legend()->setReverseMarkers(true);
    const int rows = int(std::max<qsizetype>(2, m_categories.size()));
    setMinimumHeight(ChartMargins + rows * MinimumRowHeight);
    setMaximumHeight(ChartMargins + rows * RowHeight);
    updateGeometry();
}

QSize ParticipantChart::sizeHint() const
{
    return QSize(480, maximumHeight());
}
