#pragma once

#include "report/YearFigures.h"

#include <QChartView>

class QBarSet;
class QHorizontalBarSeries;

// Participants by profession as horizontal bars, one bar set per fiscal year (the selected
// year and the one before it), professions in the order of the code list from the top.
class ParticipantChart : public QChartView
{
    Q_OBJECT

public:
    explicit ParticipantChart(QWidget* parent = nullptr);
    void setFigures(const YearFigures& current, const YearFigures& previous);

    QHorizontalBarSeries* series() const { return m_series; }
    QStringList categories() const { return m_categories; }
    // Enough height for every profession's bars, no more: one profession should not be a wall.
    QSize sizeHint() const override;

private:
    QBarSet* barSet(const YearFigures& figures, const QStringList& keys, const QColor& color) const;

    QHorizontalBarSeries* m_series;
    QStringList m_categories;
};
