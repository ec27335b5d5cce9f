#include "io/ImportJob.h"


#include <QElapsedTimer>

ImportJob::ImportJob(const Request& request, QObject* parent) : QObject(parent), m_request(request) {}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

void ImportJob::start()
{
    const Request request = m_request;
    const auto cancelled = m_cancel;
    m_thread = QThread::create([this, request, cancelled] {
        ImportReport report;
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto onRow = [this, cancelled, &sinceReport](int done, int total) {
            // A signal per row would flood the window's event queue; a few a second are enough.
            if (done == total || sinceReport.elapsed() > 50) {
                sinceReport.restart();
                emit progress(done, total);
            }
            return !cancelled->load();
        };
        const Status status = ImportService::rehearse(request, onRow, &report);
        emit finished(report, status);
    });
    m_thread->start();
}
