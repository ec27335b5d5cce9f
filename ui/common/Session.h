#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "db/Database.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QUndoStack;

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
    Status openDefault(const QString& path); // creates it with the sample on first run
    Status create(const QString& path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Database& db() { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }

    FiscalYear fiscalYear() const { return m_fiscalYear; }
    // Every page follows it; it is remembered for the open file, which opens on it next time.
    void setFiscalYear(const FiscalYear& year);

    // Runs an edit as an undoable step: `redo` now and on redo, `undo` on undo. Each returns a
    // Status; a failure is reported through failed() and nothing is pushed.
    bool edit(const QString& text, std::function<Status()> redo, std::function<Status()> undo);
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
