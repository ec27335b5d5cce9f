#include "common/Session.h"

#include "service/Services.h"

#include <QSettings>
#include <QUndoCommand>
#include <QUndoStack>

namespace {
// The fiscal year last chosen for each file, by the file's absolute path.
const QString FiscalYearsKey = QStringLiteral("fiscalYearByFile");

// An undo step made of two functions; the first redo has already run when it is pushed. The
// session runs a step itself before it moves the stack (Session::undo/redo), so that a step
// that fails leaves the stack where it was; the stack's own call then has nothing left to do.
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
        if (std::exchange(m_done, false))
            return;
        if (const Status st = perform(true); !st)
            emit m_session->failed(st);
    }
    void undo() override
    {
        if (std::exchange(m_done, false))
            return;
        if (const Status st = perform(false); !st)
            emit m_session->failed(st);
    }
    // The step already ran: the stack's next redo() or undo() only moves.
    void ran() { m_done = true; }
    Status perform(bool forward)
    {
        const Status st = m_session->runEdit(forward ? m_redo : m_undo);
        if (st) {
            // After the change, so that a record the step brings back can be shown.
            emit m_session->revisited(m_target);
        }
        return st;
    }

private:
    Session* m_session;
    EditTarget m_target;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    bool m_done = true; // pushed after its first redo ran
};
} // namespace

Session::Session(QObject* parent)
    : QObject(parent), m_undo(new QUndoStack(this)),
      m_fiscalYear(FiscalYear::current())
{
    connect(&services().hub(), &ChangeHub::changed, this, [this](const Changes& c) {
        m_published = true;
        emit changes(c);
    });
    connect(&services().hub(), &ChangeHub::reloadNeeded, this, &Session::otherWriterCommitted);
}

Session::~Session() = default;

Status Session::open(const QString& path)
{
    close();
    Status st = m_council.open(path);
    if (st)
        afterOpen();
    return st;
}

Status Session::createCouncil(const QString& path, const FirstRun::Council& council)
{
    close();
    Status st = m_council.createCouncil(path, council);
    if (st)
        afterOpen();
    return st;
}

Status Session::openSample(const QString& path)
{
    close();
    Status st = m_council.openSample(path);
    if (st)
        afterOpen();
    return st;
}

Status Session::create(const QString& path)
{
    close();
    Status st = m_council.create(path);
    if (st)
        afterOpen();
    return st;
}

void Session::afterOpen()
{
    m_undo->clear();
    // The file opens on the year chosen when it was last open; a file seen for the first time on this year.
    const QVariant remembered = QSettings().value(FiscalYearsKey).toMap().value(m_council.path());
    const FiscalYear year = remembered.isValid() ? FiscalYear(remembered.toInt()) : FiscalYear::current();
    if (year != m_fiscalYear) {
        m_fiscalYear = year;
        emit fiscalYearChanged(year);
    }
    services().watchOtherWriters();
    emit opened();
    emit changed();
}

void Session::close()
{
    if (!m_council.isOpen())
        return;
    emit aboutToClose();
    services().stopWatching();
    m_undo->clear();
    m_council.close();
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
    if (!m_council.isOpen())
        return;
    QSettings settings;
    QVariantMap years = settings.value(FiscalYearsKey).toMap();
    years.insert(m_council.path(), m_fiscalYear.startYear());
    settings.setValue(FiscalYearsKey, years);
}

void Session::inform(const QString& text)
{
    emit message(text);
}

bool Session::edit(const QString& text, const EditTarget& target, std::function<Status()> redo,
                   std::function<Status()> undo)
{
    const Status st = runEdit(redo);
    if (!st) {
        emit failed(st);
        return false;
    }
    auto* command = new FunctionCommand(this, text, target, std::move(redo), std::move(undo));
    m_undo->push(command); // calls redo(), which only moves: the step ran above
    return true;
}

void Session::undo()
{
    step(false);
}

void Session::redo()
{
    step(true);
}

void Session::step(bool forward)
{
    const int at = forward ? m_undo->index() : m_undo->index() - 1;
    if (at < 0 || at >= m_undo->count())
        return;
    auto* command = static_cast<FunctionCommand*>(const_cast<QUndoCommand*>(m_undo->command(at)));
    const Status st = command->perform(forward);
    if (!st) {
        const QString what = forward ? tr("\"%1\" could not be redone; nothing was changed and the step stays.")
                                     : tr("\"%1\" could not be undone; nothing was changed and the step stays.");
        emit failed(Status::failure(what.arg(command->text()) + u'\n' + st.message(), st.detail()));
        return;
    }
    command->ran();
    forward ? m_undo->redo() : m_undo->undo();
    // The status bar says what was taken back or done again (the window also shows where).
    inform((forward ? tr("Redone: %1") : tr("Undone: %1")).arg(command->text()));
}

Status Session::runEdit(const std::function<Status()>& step)
{
    m_published = false;
    const Status st = step();
    // An edit made through the services has announced exactly what it changed; any other
    // edit (or a failed one, which may have written part of its work) makes every view read again.
    if (!m_published || !st)
        notifyChanged();
    m_published = false;
    return st;
}

void Session::notifyChanged()
{
    services().ownWritesSeen();
    emit changed();
}

void Session::otherWriterCommitted()
{
    // Another program committed to the file: our undo steps may no longer apply.
    m_undo->clear();
    emit changed();
}
