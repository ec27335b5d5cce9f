#include "io/ImportJob.h"

#include "db/Database.h"
#include "io/ImportTable.h"

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
        Status status;
        {
            Database db;
            status = db.open(request.databasePath);
            const QList<ImportField> fields = Importer::fields(request.kind);
            const auto table = status ? ImportTable::map(request.source, fields, &request.mapping, &report.errors)
                                      : std::nullopt;
            if (status && !table) {
                for (const QString& e : report.errors)
                    report.lines << ImportReport::Line{ImportReport::Outcome::Error, -1, QString(), e};
                status = Status::failure(Importer::tr("The file \"%1\" was not imported; nothing was written.")
                                             .arg(request.source.fileName));
            } else if (status) {
                Importer::Options options;
                options.recordOnly = true;
                QElapsedTimer sinceReport;
                sinceReport.start();
                options.progress = [this, cancelled, &sinceReport](int done, int total) {
                    // A signal per row would flood the window's event queue; a few a second are enough.
                    if (done == total || sinceReport.elapsed() > 50) {
                        sinceReport.restart();
                        emit progress(done, total);
                    }
                    return !cancelled->load();
                };
                status = Importer(db).run(request.kind, *table, options, &report);
            }
        }
        emit finished(report, status);
    });
    m_thread->start();
}
