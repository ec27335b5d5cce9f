#pragma once

#include <QString>

// Where Renkei keeps the user's database, shared by the window and the command line.
namespace AppPaths {
// Sets the application name both executables use for QStandardPaths and QSettings.
void setApplicationIdentity();
// $RENKEI_DB if set, else <user data folder>/renkei.sqlite.
QString defaultDatabasePath();
} // namespace AppPaths
