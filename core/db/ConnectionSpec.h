#pragma once

#include "Result.h"
#include "Status.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Where a council's records are, as the user named them (renkei-cli --db, RENKEI_DB, the
// default database): today an SQLite file. A server (postgresql://…) is a URI, recognised and
// refused until a server backend exists, never taken for a file name; the next backend plugs in
// here and in Database, and the commands that open records through a ConnectionSpec stay as they are.
class ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    enum class Backend { SqliteFile };

    // A file path or a URI; a URI of a kind Renkei cannot open yet is a failure that says so.
    static Result<ConnectionSpec> parse(const QString& text);
    static ConnectionSpec sqliteFile(const QString& path);

    Backend backend() const { return m_backend; }
    // The SQLite file (Backend::SqliteFile).
    const QString& filePath() const { return m_path; }
    // For messages: the file in the platform's spelling.
    QString displayName() const;

    // Opens existing records (ReadWrite upgrades an older data version).
    Status open(Database& db, Database::Access access) const;
    // New records, filled by `fill` when given; when creating or filling fails, nothing is left
    // behind (a file that was not there before is removed).
    Status create(Database& db, const std::function<Status(Database&)>& fill = nullptr) const;

private:
    ConnectionSpec(Backend backend, QString path) : m_backend(backend), m_path(std::move(path)) {}

    Backend m_backend;
    QString m_path;
};
