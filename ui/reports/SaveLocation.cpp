#include "reports/SaveLocation.h"

#include "common/Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

namespace SaveLocation {

QString ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter)
{
    QSettings settings;
    const QString key = QStringLiteral("reports/lastFolder");
    QString folder = settings.value(key).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = Dialogs::startFolder();
    const QString path = Dialogs::saveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    if (!path.isEmpty())
        settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

QString savedMessage(const QString& path)
{
    const QFileInfo info(path);
    return QCoreApplication::translate("SaveLocation", "Saved %1 in %2.")
        .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
}

void announce(QWidget* widget, const QString& path)
{
    if (auto* window = qobject_cast<QMainWindow*>(widget ? widget->window() : nullptr))
        window->statusBar()->showMessage(savedMessage(path), 15000);
}

} // namespace SaveLocation
