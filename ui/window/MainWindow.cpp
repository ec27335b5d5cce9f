#include "window/MainWindow.h"

#include "AppPaths.h"
#include "bodies/BodiesPage.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/WindowFit.h"
#include "events/EventsPage.h"
#include "home/HomePage.h"
#include "io/FileTransfer.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "reports/ReportsPage.h"
#include "settings/CouncilSettingsForm.h"
#include "settings/SettingsPage.h"
#include "store/SettingsStore.h"
#include "window/FiscalYearCombo.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace {
const QString RecentKey = QStringLiteral("recentFiles");
QString fileFilter()
{
    return MainWindow::databaseFileFilter();
}
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_fiscalYear(new FiscalYearCombo(session, this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_sampleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    WindowFit::install(); // every window and dialog fits the screen
    auto* toolbar = addToolBar(tr("Fiscal year"));
    toolbar->setObjectName(QStringLiteral("fiscalYearToolBar"));
    toolbar->setMovable(false);
    auto* yearLabel = new QLabel(tr("Fiscal &year:"), this);
    yearLabel->setBuddy(m_fiscalYear);
    yearLabel->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(yearLabel);
    toolbar->addWidget(m_fiscalYear);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    m_navigation->setMaximumWidth(190);
    m_navigation->setMinimumWidth(120);
    setCentralWidget(splitter);

    addPage(new HomePage(session, this));
    addPage(new EventsPage(session, EventsPage::Meetings, this));
    addPage(new EventsPage(session, EventsPage::Trainings, this));
    addPage(new PeoplePage(session, this));
    addPage(new OrganisationsPage(session, this));
    addPage(new BodiesPage(session, this));
    addPage(new ReportsPage(session, this));
    addPage(new SettingsPage(session, this));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));
    m_sampleLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5c4500; padding: 2px 8px; }"));
    m_sampleLabel->setText(tr("Sample data, not your council's: use File > New Database for your own."));
    statusBar()->addPermanentWidget(m_sampleLabel);
    buildMenus();
    connect(&session, &Session::opened, this, &MainWindow::updateTitle);
    connect(&session, &Session::failed, this, [this](const Status& st) { Dialogs::showError(this, st); });
    connect(&session, &Session::revisited, this, &MainWindow::showTarget);
    connect(&session, &Session::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 720);
    if (!splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        splitter->setSizes({170, 1030});
    showPage(settings.value(QStringLiteral("mainWindow/page"), 0).toInt());
    if (session.isOpen())
        rememberFile(session.path());
}

MainWindow::~MainWindow() = default;

// Every extension Renkei gives its files, so that File > Open shows each file File > New made.
QString MainWindow::databaseFileFilter()
{
    QStringList patterns;
    for (const QString& suffix : AppPaths::databaseSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    return tr("Renkei database (%1);;All files (*)").arg(patterns.join(u' '));
}

void MainWindow::addPage(Page* page)
{
    m_pages->addWidget(page);
    m_navigation->addItem(page->title());
}

void MainWindow::showTarget(const EditTarget& target)
{
    for (int i = 0; i < pageCount(); ++i) {
        if (page(i)->shows(target)) {
            showPage(i);
            page(i)->showTarget(target);
            return;
        }
    }
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_pages->widget(index));
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(std::clamp(index, 0, pageCount() - 1));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("New database"), QDir::homePath(), fileFilter());
        if (!path.isEmpty())
            newFile(path);
    })->setObjectName(QStringLiteral("newDatabaseAction"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Open database"), QDir::homePath(), fileFilter());
        if (!path.isEmpty())
            openFile(path);
    })->setObjectName(QStringLiteral("openAction"));
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Save a Co&py..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Save a copy"), QDir::homePath(), fileFilter());
        if (!path.isEmpty())
            saveCopy(path);
    });
    FileTransfer::addActions(file, m_session, this);
    file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        m_session.close();
        updateTitle();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // The session runs each step before the stack moves, so a failed undo leaves the stack as it was.
    QUndoStack* stack = m_session.undoStack();
    QAction* undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, &m_session, &Session::undo);
    QAction* redo = edit->addAction(tr("&Redo"), &m_session, &Session::redo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    const auto label = [](const QString& action, const QString& step) {
        return step.isEmpty() ? action : tr("%1 %2").arg(action, step);
    };
    const auto update = [=] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(label(tr("&Undo"), stack->undoText()));
        redo->setText(label(tr("&Redo"), stack->redoText()));
    };
    connect(stack, &QUndoStack::indexChanged, this, update);
    connect(stack, &QUndoStack::cleanChanged, this, update);
    update();
}

bool MainWindow::openFile(const QString& path)
{
    const QString previous = m_session.isOpen() ? m_session.path() : QString();
    const Status st = m_session.open(path);
    if (!st) {
        Dialogs::showError(this, st);
        // A way on: the file that was open stays open.
        if (!previous.isEmpty())
            m_session.open(previous);
        updateTitle();
        return false;
    }
    rememberFile(path);
    updateTitle();
    return true;
}

bool MainWindow::newFile(const QString& typedPath)
{
    const QString path = AppPaths::withDatabaseSuffix(typedPath);
    const Status st = m_session.create(path);
    if (!st) {
        Dialogs::showError(this, st);
        return false;
    }
    rememberFile(path);
    updateTitle();
    // A new file knows nothing of the council (the welcome asks on first start only): its name
    // heads every report, so the clerk is taken to where it is entered rather than to a blank home.
    for (int i = 0; i < pageCount(); ++i)
        if (auto* settings = qobject_cast<SettingsPage*>(page(i))) {
            showPage(i);
            settings->councilForm()->field(SettingsStore::Municipality)->setFocus();
        }
    statusBar()->showMessage(tr("New database %1: enter the council's name here; it heads every report.")
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::saveCopy(const QString& typedPath)
{
    const QString path = AppPaths::withDatabaseSuffix(typedPath);
    if (!m_session.isOpen())
        return false;
    const Status st = m_session.saveCopy(path);
    if (!st) {
        Dialogs::showError(this, st);
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::updateTitle()
{
    const bool open = m_session.isOpen();
    const bool sample = open && !SettingsStore(m_session.db()).value(SettingsStore::Sample).valueOr(QString()).isEmpty();
    const QString file = open ? QFileInfo(m_session.path()).fileName() : QString();
    setWindowTitle(sample ? tr("%1 (Sample) — Renkei").arg(file) : open ? tr("%1 — Renkei").arg(file) : tr("Renkei"));
    m_sampleLabel->setVisible(sample);
    m_pages->setEnabled(open);
    if (open)
        statusBar()->showMessage(QDir::toNativeSeparators(m_session.path()));
    else
        statusBar()->showMessage(tr("No database is open. Use File > Open or File > New Database."));
}

void MainWindow::rememberFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(RecentKey, recent.mid(0, 8));
    settings.setValue(QStringLiteral("lastFile"), absolute);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString& path : recent)
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    if (recent.isEmpty())
        m_recent->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), static_cast<QSplitter*>(centralWidget())->saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), m_navigation->currentRow());
    if (QWidget* w = m_pages->currentWidget())
        w->hide(); // let the page save its own layout
    event->accept();
}
