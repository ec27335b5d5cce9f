#include "common/Session.h"

#include "db/FirstRun.h"

#include <QSettings>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace {
// The fiscal year last chosen for each file, by the file's absolute path.
const QString FiscalYearsKey = QStringLiteral("fiscalYearByFile");

// An undo step made of two functions; the first redo has already run when it is pushed.
class FunctionCommand : public QUndoCommand
{
public:
    FunctionCommand(Session* session, const QString& text, EditTarget target, std::function<Status()> redo,
                    std::function<Status()> undo)
        : QUndoCommand(text), m_session(session), m_target(std::move(target)), m_redo(std::move(redo)),
          m_undo(std::move(undo))
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const std::function<Status()>& f)
    {
        const Status st = f();
        if (!st)
            emit m_session->failed(st);
        m_session->notifyChanged();
        // After the change, so that a record the step brings back can be shown.
        emit m_session->revisited(m_target);
    }
    Session* m_session;
    EditTarget m_target;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    bool m_first = true;
};
} // namespace

Session::Session(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)), m_fiscalYear(FiscalYear::current())
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &Session::pollDataVersion);
}

Session::~Session() = default;

Status Session::open(const QString& path)
{
    close();
    Status st = m_db.open(path);
    if (st)
        afterOpen();
    return st;
}

Status Session::createCouncil(const QString& path, const FirstRun::Council& council)
{
    close();
    Status st = FirstRun::createCouncil(m_db, path, council);
    if (st)
        afterOpen();
    return st;
}

Status Session::openSample(const QString& path)
{
    close();
    Status st = FirstRun::openOrCreateSample(m_db, path, QStringLiteral("kaga"));
    if (st)
        afterOpen();
    return st;
}

Status Session::create(const QString& path)
{
    close();
    Status st = m_db.create(path);
    if (st)
        afterOpen();
    return st;
}

void Session::afterOpen()
{
    m_undo->clear();
    // The file opens on the year chosen when it was last open; a file seen for the first time on this year.
    const QVariant remembered = QSettings().value(FiscalYearsKey).toMap().value(m_db.path());
    const FiscalYear year = remembered.isValid() ? FiscalYear(remembered.toInt()) : FiscalYear::current();
    if (year != m_fiscalYear) {
        m_fiscalYear = year;
        emit fiscalYearChanged(year);
    }
    m_dataVersion = dataVersion();
    m_poll.start();
    emit opened();
    emit changed();
}

void Session::close()
{
    if (!m_db.isOpen())
        return;
    emit aboutToClose();
    m_poll.stop();
    m_undo->clear();
    m_db.close();
    emit changed();
}

void Session::setFiscalYear(const FiscalYear& year)
{
    if (year == m_fiscalYear)
        return;
    m_fiscalYear = year;
    rememberFiscalYear();
    emit fiscalYearChanged(year);
}

void Session::rememberFiscalYear()
{
    if (!m_db.isOpen())
        return;
    QSettings settings;
    QVariantMap years = settings.value(FiscalYearsKey).toMap();
    years.insert(m_db.path(), m_fiscalYear.startYear());
    settings.setValue(FiscalYearsKey, years);
}

void Session::inform(const QString& text)
{
    emit message(text);
}

bool Session::edit(const QString& text, const EditTarget& target, std::function<Status()> redo,
                   std::function<Status()> undo)
{
    const Status st = redo();
    if (!st) {
        emit failed(st);
        return false;
    }
    m_undo->push(new FunctionCommand(this, text, target, std::move(redo), std::move(undo)));
    notifyChanged();
    return true;
}

void Session::notifyChanged()
{
    m_dataVersion = dataVersion();
    emit changed();
}

qint64 Session::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void Session::pollDataVersion()
{
    const qint64 version = dataVersion();
    if (version != m_dataVersion) {
        // Another program committed to the file: our undo steps may no longer apply.
        m_dataVersion = version;
        m_undo->clear();
        emit changed();
    }
}
