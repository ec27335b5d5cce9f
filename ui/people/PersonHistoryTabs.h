#pragma once

#include "Status.h"

#include <QTabWidget>

class Services;
class PersonAttendanceModel;
class PersonLectureModel;
class PersonMembershipModel;
class QTableView;

// Below a person's form: the events they attended, the programme items they lectured at and
// the bodies they sit on, read-only.
class PersonHistoryTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit PersonHistoryTabs(QWidget* parent = nullptr);
    // personId 0 empties the tables. Three queries, whatever the history's length; the first
    // failed read is returned (its table stays empty).
    Status load(Services* services, qint64 personId);

    QTableView* attendanceView() const { return m_attendanceView; }
    QTableView* lectureView() const { return m_lectureView; }
    QTableView* membershipView() const { return m_membershipView; }
    PersonAttendanceModel* attendanceModel() const { return m_attendance; }
    PersonLectureModel* lectureModel() const { return m_lectures; }
    PersonMembershipModel* membershipModel() const { return m_memberships; }

private:
    QTableView* makeView();

    PersonAttendanceModel* m_attendance;
    PersonLectureModel* m_lectures;
    PersonMembershipModel* m_memberships;
    QTableView* m_attendanceView;
    QTableView* m_lectureView;
    QTableView* m_membershipView;
};
