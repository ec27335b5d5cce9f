#include "window/Startup.h"

#include "AppPaths.h"
#include "common/Session.h"
#include "window/WelcomeDialog.h"

#include <QFile>
#include <QSettings>

namespace Startup {

Status open(Session& session, const QStringList& arguments, QWidget* parent)
{
    if (arguments.size() > 1)
        return session.open(arguments.at(1));
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFile::exists(last))
        return session.open(last);
    const QString byDefault = AppPaths::defaultDatabasePath();
    if (QFile::exists(byDefault))
        return session.open(byDefault);
    WelcomeDialog welcome(session, parent);
    welcome.exec();
    return Status();
}

} // namespace Startup
