#pragma once

#include "model/Attendance.h"
#include "model/Person.h"
#include "Result.h"
#include "Status.h"
#include "service/Change.h"

#include <QWidget>
#include <functional>
#include <optional>

class HeadcountModel;
class NewPersonForm;
class PersonSearch;
class QLabel;
class QModelIndex;
class QTableView;
class RosterDelegate;
class RosterModel;
class RosterView;
class Session;
class SignInSheetButton;

// 出席 — the heart of the app: the roster of the event (the organiser body's members listed in
// advance, everyone who attended), walk-ins found by name or created inline, headcounts per
// profession for participants without names, and the live tally always in view. Every change
// is saved at once as an undoable step; profession and organisation are copied from the
// person when an attendance row is made, so later job changes leave the event as it was.
class AttendanceTab : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceTab(Session& session, QWidget* parent = nullptr);
    // Shows event `eventId` (0: none), keeping the current row when it is the same event.
    void setEvent(qint64 eventId);

    RosterView* rosterView() const { return m_rosterView; }
    RosterModel* roster() const { return m_roster; }
    PersonSearch* walkInSearch() const { return m_search; }
    NewPersonForm* newPersonForm() const { return m_newPerson; }
    QTableView* headcountView() const { return m_headcountView; }
    HeadcountModel* headcounts() const { return m_headcounts; }
    QLabel* tallyLabel() const { return m_tally; }
    SignInSheetButton* signInSheetButton() const { return m_signInSheet; }

    // Status by the keys of the roster: 1 出席, 2 欠席, 3 代理出席, 4 未回答.
    bool setStatus(qint64 personId, int number);
    bool toggle(qint64 personId);
    // Committed changes of this event's attendance or headcounts: the roster rows that changed,
    // the headcounts and the tally, without reloading the roster.
    void apply(const Changes& changes);

private:
    using Change = std::function<void(Attendance&)>;
    using Apply = std::function<Status()>;
    // One undoable step that may change the rows of `personIds` and of whoever came for them.
    bool editRows(const QString& text, const QList<qint64>& personIds, const Apply& apply);
    // Saves the person's own row, changed by `change`; it replaces a proxy row of theirs.
    bool saveAttendance(const QString& text, qint64 personId, const Change& change);
    // Creates `person` with their attendance (`add`: an AttendanceService call doing both in one
    // transaction, returning the person's id) as one step; undo also restores the rows of
    // `otherIds`. Returns the new person's id, or 0.
    using AddPerson = std::function<Result<qint64>(const Person&)>;
    qint64 createAndSave(const QString& text, const Person& person, const QList<qint64>& otherIds,
                         const AddPerson& add);
    // The status shown on the person's roster row: their proxy's, else their own (0: none).
    qint64 currentStatus(qint64 personId) const;
    void addWalkIn(qint64 personId);
    void createWalkIn(const Person& person);
    void setRole(qint64 personId, qint64 roleId);
    void setSubstitute(qint64 personId, const QString& name);
    void setHeadcount(qint64 professionId, int count);
    void selectPerson(qint64 personId);
    void showTally();
    qint64 statusId(int number) const;
    QString personName(qint64 personId) const;
    // The label of an attendance status or role, as the roster lists it.
    QString codeLabel(qint64 id) const;

    Session& m_session;
    qint64 m_eventId = 0;
    QList<qint64> m_statusIds; // present, absent, proxy, no-reply
    QLabel* m_tally;
    RosterModel* m_roster;
    RosterView* m_rosterView;
    RosterDelegate* m_delegate;
    PersonSearch* m_search;
    NewPersonForm* m_newPerson;
    HeadcountModel* m_headcounts;
    QTableView* m_headcountView;
    SignInSheetButton* m_signInSheet;
};
