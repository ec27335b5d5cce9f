#pragma once

#include <QTabWidget>

class Database;
class PersonAttendanceModel;
class PersonMembershipModel;
class QTableView;

// Below a person's form: the events they attended and the bodies they sit on, read-only.
class PersonHistoryTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit PersonHistoryTabs(QWidget* parent = nullptr);
    // personId 0 empties both tables.
    void load(const Database* db, qint64 personId);

    QTableView* attendanceView() const { return m_attendanceView; }
    QTableView* membershipView() const { return m_membershipView; }
    PersonAttendanceModel* attendanceModel() const { return m_attendance; }
    PersonMembershipModel* membershipModel() const { return m_memberships; }

private:
    QTableView* makeView();

    PersonAttendanceModel* m_attendance;
    PersonMembershipModel* m_memberships;
    QTableView* m_attendanceView;
    QTableView* m_membershipView;
};
