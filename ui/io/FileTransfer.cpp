#include "io/FileTransfer.h"

#include "common/Session.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace {
// An action that opens a dialog of type D (one with a `Signal(const QString& summary)`) and
// shows that summary in the window's status bar.
template <typename D, typename Signal>
QAction* addDialogAction(QMenu* menu, const QString& text, const QString& name, Session& session, QMainWindow* window,
                         Signal signal)
{
    QAction* action = menu->addAction(text, window, [&session, window, signal] {
        auto* dialog = new D(session, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, signal, window,
                         [window](const QString& summary) { window->statusBar()->showMessage(summary, 15000); });
        dialog->open();
    });
    action->setObjectName(name);
    // Nothing to import into or export from without an open file.
    const auto enable = [&session, action] { action->setEnabled(session.isOpen()); };
    QObject::connect(&session, &Session::changed, action, enable);
    enable();
    return action;
}
} // namespace

namespace FileTransfer {

void addActions(QMenu* menu, Session& session, QMainWindow* window)
{
    addDialogAction<ImportDialog>(menu, QCoreApplication::translate("FileTransfer", "&Import..."),
                                  QStringLiteral("importAction"), session, window, &ImportDialog::imported);
    addDialogAction<ExportDialog>(menu, QCoreApplication::translate("FileTransfer", "&Export..."),
                                  QStringLiteral("exportAction"), session, window, &ExportDialog::exported);
}

} // namespace FileTransfer
