#pragma once

#include "Status.h"
#include "service/FirstRun.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class ConnectionSpec;
class Database;
class Services;

// One council's records as a program holds them open: the database and the services that work
// on it. The window's Session and the command line each hold one; neither touches the database
// itself. Opening another file closes the one that was open.
class Council
{
    Q_DECLARE_TR_FUNCTIONS(Council)

public:
    Council();
    ~Council();
    Council(const Council&) = delete;
    Council& operator=(const Council&) = delete;

    Status open(const QString& path);
    Status openReadOnly(const QString& path);
    // A new, empty database at `path` (which must not exist or be empty).
    Status create(const QString& path);
    // The first start's choices (see FirstRun): the user's own new council, or the sample.
    Status createCouncil(const QString& path, const FirstRun::Council& council);
    Status openSample(const QString& path);
    // The records `where` describes (the command line's --db): opened for writing (an older data
    // version is upgraded) or for reading only; or created, filled with the bundled sample council
    // `sample` when it is not empty (SampleLoader), leaving nothing behind when that fails.
    Status open(const ConnectionSpec& where);
    Status openReadOnly(const ConnectionSpec& where);
    Status create(const ConnectionSpec& where, const QString& sample);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    // A consistent copy of the open database at `path` (File > Save a Copy, backup).
    Status saveCopy(const QString& path) const;
    // Whether every table and column Renkei needs is there.
    Status verifySchema() const;
    // Integrity, references, identity and data version; the problems found go to `problems`.
    Status check(QStringList* problems) const;
    int schemaVersion() const; // the data version the file is at

    Services& services() { return *m_services; }
    // For core code only (stores, reports, importers); the window goes through services().
    Database& database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};
