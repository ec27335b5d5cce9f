#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "service/Council.h"
#include "service/Change.h"

#include <QObject>
#include <functional>

class Database;
class QUndoStack;
class Services;

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

// The open database as the window sees it: the file, the services every page calls, the fiscal
// year every page follows, the undo stack of the session's edits, and what changed: exactly
// (changes(), from the services after each commit) or wholesale (changed(): a file opened or
// closed, another program wrote to it, or an edit not yet made through a service).
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

    bool isOpen() const { return m_council.isOpen(); }
    QString path() const { return m_council.path(); }
    Status saveCopy(const QString& path) const { return m_council.saveCopy(path); }
    Services& services() { return m_council.services(); }
    // For tests only: the window reaches the data through services() (TestLayers fails on a ui
    // file calling this).
    Database& db() { return m_council.database(); }
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
    // Tells every view that the data changed wholesale (edits through services announce exactly
    // what changed instead).
    void notifyChanged();
    // Undo and redo the last step through its own functions. A step that fails stays where it
    // was on the stack (the file is as before), and failed() says why.
    void undo();
    void redo();
    // Runs one redo or undo step of an edit and makes sure every view hears of it.
    Status runEdit(const std::function<Status()>& step);
    // Says in the window's status bar what was done on the user's behalf (a year switched…).
    void inform(const QString& text);

signals:
    void opened();
    void aboutToClose();
    void changed();
    // What a service call of this session committed.
    void changes(const Changes& changes);
    void fiscalYearChanged(const FiscalYear& year);
    void failed(const Status& status);
    void message(const QString& text);
    // An edit was undone or redone: show its record.
    void revisited(const EditTarget& target);

private:
    void otherWriterCommitted();
    void step(bool forward);
    void afterOpen();
    void rememberFiscalYear();

    Council m_council;
    QUndoStack* m_undo;
    bool m_published = false; // the services announced changes since the flag was cleared
    FiscalYear m_fiscalYear;
};
