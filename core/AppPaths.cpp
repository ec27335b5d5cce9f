#include "AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Renkei"));
    QCoreApplication::setApplicationName(QStringLiteral("renkei"));
}

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("RENKEI_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/renkei.sqlite");
}

} // namespace AppPaths
