#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Brings a database forward one schema version at a time. Each step is an SQL resource
// (:/migrations/NNN_name.sql), optionally followed by a program step, and runs in its own
// transaction that also sets user_version, so a failed step leaves the previous version intact.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QSqlDatabase db);

    static int latestVersion();
    Status migrateTo(int version);

    // Splits a migration script into statements (each ends with ';' at the end of a line).
    static QStringList splitStatements(const QString& script);

private:
    Status runStep(int version);
    int currentVersion() const;

    QSqlDatabase m_db;
};
