#pragma once

#include "model/Membership.h"
#include "service/Change.h"

#include <QDate>
#include <QWidget>

class MembershipModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class Session;

// The members of the body shown on the bodies page: add, edit, end a term (the row stays as a
// past member, greyed) or remove a seat entered by mistake. Every change is an undoable step.
class MembershipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MembershipPanel(Session& session, QWidget* parent = nullptr);
    // Shows the members of `bodyId` (0: none), keeping the selected row.
    void showBody(qint64 bodyId, const QString& bodyName);
    // A committed change: seats of the body shown change row by row; people and organisations
    // renamed read the seats again (their names).
    void apply(const Change& change);
    // The day that decides who is a past member; today unless a test says otherwise.
    void setToday(const QDate& today) { m_today = today; }

    QTableView* view() const { return m_view; }
    MembershipModel* model() const { return m_model; }
    QCheckBox* showPastCheck() const { return m_showPast; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* endTermButton() const { return m_endTerm; }
    QPushButton* removeButton() const { return m_remove; }
    qint64 currentId() const;
    void selectId(qint64 id);

private:
    void load();
    void showCounts();
    void updateButtons();
    void addMember();
    void editMember();
    void endTerm();
    void removeMember();
    void save(const Membership& before, const Membership& after, const QString& text);
    QString memberName(qint64 id) const;

    Session& m_session;
    qint64 m_bodyId = 0;
    QString m_bodyName;
    QDate m_today;
    MembershipModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QCheckBox* m_showPast;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_endTerm;
    QPushButton* m_remove;
};
