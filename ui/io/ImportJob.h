#pragma once

#include "Status.h"
#include "io/ImportReport.h"
#include "io/Importer.h"
#include "io/SourceTable.h"
#include "service/ImportService.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// Runs an import off the GUI thread (ImportService::rehearse, on a connection of its own to the
// same file) and always rolls it back: what it reports (and, in ImportReport::changes, the rows it would write) comes
// back by finished(); the window then applies the changes as one undo step. Cancel is checked
// after every row, so it stops within a row and writes nothing.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    using Request = ImportService::Request;

    explicit ImportJob(const Request& request, QObject* parent = nullptr);
    ~ImportJob() override; // cancels and waits

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const ImportReport& report, const Status& status);

private:
    Request m_request;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThread* m_thread = nullptr;
};
