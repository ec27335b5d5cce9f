#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "db/FirstRun.h"

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
    // The first start's choices (see FirstRun): the user's own new council, or the sample.
    Status createCouncil(const QString& path, const FirstRun::Council& council);
    Status openSample(const QString& path);
    Status create(const QString& path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Database& db() { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }

    FiscalYear fiscalYear() const { return m_fiscalYear; }
    void setFiscalYear(const FiscalYear& year);

    // Runs an edit as an undoable step: `redo` now and on redo, `undo` on undo. Each returns a
    // Status; a failure is reported through failed() and nothing is pushed.
    bool edit(const QString& text, std::function<Status()> redo, std::function<Status()> undo);
    // Tells every view that the data changed (edits call it themselves).
    void notifyChanged();

signals:
    void opened();
    void aboutToClose();
    void changed();
    void fiscalYearChanged(const FiscalYear& year);
    void failed(const Status& status);

private:
    void pollDataVersion();
    qint64 dataVersion() const;
    void afterOpen();

    Database m_db;
    QUndoStack* m_undo;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    FiscalYear m_fiscalYear;
};
