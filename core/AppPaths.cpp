#include "AppPaths.h"

#include <QCoreApplication>
#include <QFileInfo>
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

QString sampleDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kaga-sample.renkei");
}

QStringList databaseSuffixes()
{
    return {QStringLiteral("renkei"), QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db")};
}

QString withDatabaseSuffix(const QString& path)
{
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (databaseSuffixes().contains(suffix))
        return path;
    return path + u'.' + databaseSuffixes().constFirst();
}

} // namespace AppPaths
