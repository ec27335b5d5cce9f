#include "events/EventsPage.h"

#include "common/Session.h"
#include "events/EventListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

EventsPage::EventsPage(Session& session, Kind kind, QWidget* parent)
    : Page(session, parent), m_kind(kind), m_model(new EventListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_summary);
}

QString EventsPage::title() const
{
    return m_kind == Meetings ? tr("Meetings") : tr("Trainings and case studies");
}

void EventsPage::reload()
{
    const FiscalYear year = m_session.fiscalYear();
    const QStringList meeting{QStringLiteral("meeting")};
    m_model->load(&m_session.db(), year.firstDay(), year.lastDay(),
                  m_kind == Meetings ? EventListModel::KindFilter{meeting, {}} : EventListModel::KindFilter{{}, meeting});
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(EventListModel::TitleColumn, QHeaderView::Stretch);
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No events of this kind are recorded for %1. Choose another fiscal year above.")
                               .arg(year.label()));
    else
        m_summary->setText(tr("%1: %n event(s)", nullptr, m_model->rowCount()).arg(year.label()));
}
