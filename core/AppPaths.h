#pragma once

#include <QString>
#include <QStringList>

// Where Renkei keeps the user's database, shared by the window and the command line.
namespace AppPaths {
// Sets the application name both executables use for QStandardPaths and QSettings.
void setApplicationIdentity();
// $RENKEI_DB if set, else <user data folder>/renkei.sqlite.
QString defaultDatabasePath();
// <user data folder>/kaga-sample.renkei: the bundled sample's own file, never the user's database.
QString sampleDatabasePath();
// The extensions of Renkei database files, without the dot; the first is what new files get.
// File > Open shows every one of them.
QStringList databaseSuffixes();
// `path` with ".renkei" added unless it already ends in one of databaseSuffixes(), so that a
// file made under a typed name like "council" is one File > Open shows.
QString withDatabaseSuffix(const QString& path);
} // namespace AppPaths
