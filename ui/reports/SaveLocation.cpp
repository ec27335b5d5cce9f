#include "reports/SaveLocation.h"

#include "common/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace SaveLocation {

QString ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter)
{
    QSettings settings;
    const QString key = QStringLiteral("reports/lastFolder");
    QString folder = settings.value(key).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    if (!path.isEmpty())
        settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

} // namespace SaveLocation
