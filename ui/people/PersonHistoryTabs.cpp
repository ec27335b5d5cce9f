#include "people/PersonHistoryTabs.h"

#include "people/PersonAttendanceModel.h"
#include "people/PersonMembershipModel.h"

#include <QHeaderView>
#include <QTableView>
#include <algorithm>

PersonHistoryTabs::PersonHistoryTabs(QWidget* parent)
    : QTabWidget(parent), m_attendance(new PersonAttendanceModel(this)),
      m_memberships(new PersonMembershipModel(this)), m_attendanceView(makeView()),
      m_membershipView(makeView())
{
    m_attendanceView->setObjectName(QStringLiteral("attendanceHistoryView"));
    m_membershipView->setObjectName(QStringLiteral("membershipView"));
    m_attendanceView->setModel(m_attendance);
    m_membershipView->setModel(m_memberships);
    addTab(m_attendanceView, QString());
    addTab(m_membershipView, QString());
    load(nullptr, 0);
}

QTableView* PersonHistoryTabs::makeView()
{
    auto* view = new QTableView(this);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void PersonHistoryTabs::load(const Database* db, qint64 personId)
{
    m_attendance->load(db, personId);
    m_memberships->load(db, personId);
    setTabText(0, tr("E&vents attended (%n)", nullptr, m_attendance->rowCount()));
    setTabText(1, tr("Mem&berships (%n)", nullptr, m_memberships->rowCount()));
    // Long event titles are cut (the full title is in the tooltip) so that status and role stay in view.
    m_attendanceView->resizeColumnsToContents();
    m_membershipView->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QString(16, QChar(0x3042)));
    const int title = PersonAttendanceModel::TitleColumn;
    m_attendanceView->setColumnWidth(title, std::min(m_attendanceView->columnWidth(title), widest));
}
