#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "db/FirstRun.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QUndoStack;

// What an undoable edit changes, so that undoing or redoing it can show it happen: the kind of
// record (which page), the record and, for an event, the tab of its editor.
struct EditTarget
{
    enum class Kind { None, Event, Person, Organisation, Body, Settings };
    enum EventTab { Details = 0, Programme = 1, Attendance = 2 };
    Kind kind = Kind::None;
    // Asked when the step is undone or redone: a new record's id is known only once it was made.
    std::function<qint64()> id;
    int tab = -1;

    static EditTarget of(Kind kind, qint64 recordId, int tab = -1)
    {
        return {kind, [recordId] { return recordId; }, tab};
    }
    static EditTarget of(Kind kind, std::function<qint64()> recordId, int tab = -1)
    {
        return {kind, std::move(recordId), tab};
    }
    qint64 recordId() const { return id ? id() : 0; }
};

// The open database as the window sees it: the file, the fiscal year every page follows, the
// undo stack of the session's edits, and one signal when the data changed — by an edit here
// or by another Renkei writing to the same file (PRAGMA data_version, polled).
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    Status open(const QString& path);
    // The first start's choices (see FirstRun): the user's own new council, or the sample.
    Status createCouncil(const QString& path, const FirstRun::Council& council);
    Status openSample(const QString& path);
    Status create(const QString& path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Database& db() { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }

    FiscalYear fiscalYear() const { return m_fiscalYear; }
    // Every page follows it; it is remembered for the open file, which opens on it next time.
    void setFiscalYear(const FiscalYear& year);

    // Runs an edit as an undoable step: `redo` now and on redo, `undo` on undo. Each returns a
    // Status; a failure is reported through failed() and nothing is pushed. `text` names what
    // changes (会場の変更（R6.12.12 …）); undoing or redoing the step emits revisited(target), so the
    // window shows the record it changes.
    bool edit(const QString& text, const EditTarget& target, std::function<Status()> redo,
              std::function<Status()> undo);
    // An edit with no one record to show (an import of many rows): undo and redo stay on the page.
    bool edit(const QString& text, std::function<Status()> redo, std::function<Status()> undo)
    {
        return edit(text, EditTarget(), std::move(redo), std::move(undo));
    }
    // Tells every view that the data changed (edits call it themselves).
    void notifyChanged();
    // Says in the window's status bar what was done on the user's behalf (a year switched…).
    void inform(const QString& text);

signals:
    void opened();
    void aboutToClose();
    void changed();
    void fiscalYearChanged(const FiscalYear& year);
    void failed(const Status& status);
    void message(const QString& text);
    // An edit was undone or redone: show its record.
    void revisited(const EditTarget& target);

private:
    void pollDataVersion();
    qint64 dataVersion() const;
    void afterOpen();
    void rememberFiscalYear();

    Database m_db;
    QUndoStack* m_undo;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    FiscalYear m_fiscalYear;
};
