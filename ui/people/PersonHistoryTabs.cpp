#include "people/PersonHistoryTabs.h"

#include "common/ColumnWidths.h"
#include "people/PersonAttendanceModel.h"
#include "people/PersonLectureModel.h"
#include "people/PersonMembershipModel.h"
#include "Status.h"

#include <QHeaderView>
#include <QTableView>

PersonHistoryTabs::PersonHistoryTabs(QWidget* parent)
    : QTabWidget(parent), m_attendance(new PersonAttendanceModel(this)),
      m_lectures(new PersonLectureModel(this)), m_memberships(new PersonMembershipModel(this)),
      m_attendanceView(makeView()), m_lectureView(makeView()), m_membershipView(makeView())
{
    m_attendanceView->setObjectName(QStringLiteral("attendanceHistoryView"));
    m_lectureView->setObjectName(QStringLiteral("lectureView"));
    m_membershipView->setObjectName(QStringLiteral("membershipView"));
    m_attendanceView->setModel(m_attendance);
    m_lectureView->setModel(m_lectures);
    m_membershipView->setModel(m_memberships);
    // Long event titles are cut (the full title is in the tooltip) so that the columns after them stay in view.
    const int widest = fontMetrics().horizontalAdvance(QString(16, QChar(0x3042)));
    (new ColumnWidths(m_attendanceView))->setMaximumWidth(PersonAttendanceModel::TitleColumn, widest);
    (new ColumnWidths(m_lectureView))->setMaximumWidth(PersonLectureModel::EventColumn, widest);
    new ColumnWidths(m_membershipView);
    addTab(m_attendanceView, QString());
    addTab(m_lectureView, QString());
    addTab(m_membershipView, QString());
    (void)load(nullptr, 0);
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

Status PersonHistoryTabs::load(Services* services, qint64 personId)
{
    const Status attended = m_attendance->load(services, personId);
    const Status lectured = m_lectures->load(services, personId);
    const Status seats = m_memberships->load(services, personId);
    setTabText(indexOf(m_attendanceView), tr("E&vents attended (%n)", nullptr, m_attendance->rowCount()));
    setTabText(indexOf(m_lectureView), tr("Le&ctures (%n)", nullptr, m_lectures->rowCount()));
    setTabText(indexOf(m_membershipView), tr("Mem&berships (%n)", nullptr, m_memberships->rowCount()));
    return !attended ? attended : !lectured ? lectured : seats;
}
