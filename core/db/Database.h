#pragma once

#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One council's records: one SQLite file, identified by PRAGMA application_id, schema
// version in user_version. Opening checks the file's header *before* SQLite touches it, so a
// file that is not ours (text, another application's SQLite, zero length) or is newer than
// this program is refused and never modified.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr quint32 ApplicationId = 0x524E4B49; // "RNKI"
    static int latestVersion();

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A new database at `path`, which must not exist or be empty, at the latest version.
    Status create(const QString& path);
    // Creates at most `version` (tests use this to make files of older versions).
    Status createAtVersion(const QString& path, int version);
    // An existing database; upgrades an older schema (ReadWrite only).
    Status open(const QString& path, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Changes whenever another connection commits to the file (PRAGMA data_version); the same
    // value while only this connection writes. Services use it to notice other programs' edits.
    Result<qint64> dataVersion() const;

    // Refuses records whose tables or columns are not all there (altered by another tool), so
    // that no read takes a missing table for an empty one; says which are missing.
    Status verifySchema() const;
    // Integrity, foreign keys, identity, schema version, and tables and columns as the
    // migrations make them; problems are listed.
    Status check(QStringList* problems) const;
    // A consistent copy (VACUUM INTO), safe while other connections write.
    Status backupTo(const QString& targetPath) const;

    // Reads identity and version from the file header without opening it with SQLite.
    static Status inspect(const QString& path, int* version);

private:
    Status openConnection(const QString& path, Access access);
    Status configureConnection();
    Status upgradeTo(int version);

    QString m_connectionName;
    QString m_path;
    Access m_access = Access::ReadWrite;
};
