#pragma once

#include "pages/Page.h"

class EventListModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// 会議 or 研修会・事例検討会: the events of the selected fiscal year.
class EventsPage : public Page
{
    Q_OBJECT

public:
    enum Kind { Meetings, Trainings };
    EventsPage(Session& session, Kind kind, QWidget* parent = nullptr);
    QString title() const override;
    QTableView* view() const { return m_view; }

protected:
    void reload() override;

private:
    Kind m_kind;
    EventListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_summary;
};
