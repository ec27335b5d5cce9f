#pragma once

#include "Status.h"

#include <QCoreApplication>

class Database;

// Opens the user's default database, creating it with the Kaga sample on first run so that a
// new user sees a working council instead of an empty window.
class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    static Status openOrCreateDefault(Database& db, const QString& path, bool* created = nullptr);
};
