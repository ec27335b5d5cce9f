#pragma once

#include "pages/Page.h"

#include <QDate>

class HomeFiguresModel;
class ParticipantChart;
class QLabel;
class QScrollArea;
class QTableView;

// ホーム: the selected fiscal year at a glance beside the year before it — meetings and
// trainings held and planned, participants (延べ and 実人数), and participants by profession.
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Home"); }

    HomeFiguresModel* figures() const { return m_figures; }
    QTableView* figuresView() const { return m_figuresView; }
    ParticipantChart* chart() const { return m_chart; }
    // Events up to this day count as held, later ones as planned; tests fix it.
    void setToday(const QDate& today) { m_today = today; }

protected:
    void reload() override;
    void clear() override;

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QLabel* m_heading;
    QLabel* m_asOf;
    HomeFiguresModel* m_figures;
    QTableView* m_figuresView;
    ParticipantChart* m_chart;
    QScrollArea* m_chartArea;
    QLabel* m_noParticipants;
    QDate m_today;
};
