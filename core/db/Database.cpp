#include "db/Database.h"

#include "db/Migrator.h"
#include "db/QueryCounter.h"
#include "db/Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {
constexpr int SqliteHeaderSize = 100;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("renkei-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isLockError(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
           || e.text().contains(QLatin1String("locked"));
}
} // namespace

int Database::latestVersion()
{
    return Migrator::latestVersion();
}

Database::Database() = default;

Database::~Database()
{
    close();
}

Status Database::inspect(const QString& path, int* version)
{
    QFile file(path);
    if (!file.exists())
        return Status::failure(tr("The file \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The file \"%1\" cannot be read.").arg(QDir::toNativeSeparators(path)),
                               file.errorString());
    const QByteArray header = file.read(SqliteHeaderSize);
    const QString shown = QDir::toNativeSeparators(path);
    if (header.isEmpty())
        return Status::failure(tr("The file \"%1\" is empty; it is not a Renkei database.").arg(shown));
    if (header.size() < SqliteHeaderSize || !header.startsWith(SqliteMagic))
        return Status::failure(tr("The file \"%1\" is not a Renkei database.").arg(shown));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + 60);
    const quint32 appId = qFromBigEndian<quint32>(bytes + 68);
    if (appId != ApplicationId)
        return Status::failure(
            tr("The file \"%1\" is an SQLite database of another application, not a Renkei database.")
                .arg(shown));
    if (int(userVersion) > latestVersion())
        return Status::failure(tr("The file \"%1\" was written by a newer version of Renkei (data version "
                                  "%2; this program reads up to %3). Please update Renkei.")
                                   .arg(shown)
                                   .arg(userVersion)
                                   .arg(latestVersion()));
    if (version)
        *version = int(userVersion);
    return Status::success();
}

Status Database::create(const QString& path)
{
    return createAtVersion(path, latestVersion());
}

Status Database::createAtVersion(const QString& path, int version)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return Status::failure(
            tr("The file \"%1\" already exists and is not empty; Renkei will not overwrite it.").arg(shown));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("The folder \"%1\" cannot be created.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    const bool existedEmpty = info.exists();
    Status st = openConnection(path, Access::ReadWrite);
    if (st)
        st = upgradeTo(version);
    if (!st) {
        close();
        // Leave nothing half-made behind: the file (and its WAL) did not exist before.
        if (!existedEmpty)
            QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return Status::failure(tr("The database \"%1\" could not be created.").arg(shown), st.fullText());
    }
    return st;
}

Status Database::open(const QString& path, Access access)
{
    close();
    int version = 0;
    Status st = inspect(path, &version);
    if (!st)
        return st;
    const QString shown = QDir::toNativeSeparators(path);
    if (access == Access::ReadWrite && !QFileInfo(path).isWritable())
        return Status::failure(tr("The file \"%1\" is read-only. Open it read-only, or copy it to a folder "
                                  "where you may write.")
                                   .arg(shown));
    if (access == Access::ReadOnly && version < latestVersion())
        return Status::failure(tr("The file \"%1\" uses an older data version (%2) and must be upgraded "
                                  "before it can be read; open it for writing once.")
                                   .arg(shown)
                                   .arg(version));
    st = openConnection(path, access);
    if (st && access == Access::ReadWrite && version < latestVersion())
        st = upgradeTo(latestVersion());
    if (!st)
        close();
    return st;
}

Status Database::openConnection(const QString& path, Access access)
{
    m_connectionName = nextConnectionName();
    m_path = QFileInfo(path).absoluteFilePath();
    m_access = access;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Status::failure(tr("The file \"%1\" cannot be opened.").arg(QDir::toNativeSeparators(path)),
                               db.lastError().text());
    QueryCounter::attach(db);
    return configureConnection();
}

Status Database::configureConnection()
{
    QSqlQuery q(connection());
    // cell_size_check: a page whose cells point outside it is refused as it is read, instead of
    // being read as other rows (a damaged file fails its queries, it does not answer wrongly).
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cell_size_check = ON")};
    if (m_access == Access::ReadWrite)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            const QSqlError e = q.lastError();
            const QString shown = QDir::toNativeSeparators(m_path);
            if (isLockError(e))
                return Status::failure(
                    tr("The file \"%1\" is locked by another program. Close it there and try again.").arg(shown),
                    e.text());
            return Status::failure(tr("The file \"%1\" cannot be prepared for use.").arg(shown), e.text());
        }
    }
    return Status::success();
}

Status Database::upgradeTo(int version)
{
    Migrator migrator(connection());
    Status st = migrator.migrateTo(version);
    if (!st)
        return st;
    // Fold the WAL into the main file so that its header (identity, version) is current.
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Status::success();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<qint64> Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return Status::failure(tr("The database could not be read."), q.lastError().text());
}

Status Database::check(QStringList* problems) const
{
    QStringList found;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        found << tr("The integrity check could not run: %1").arg(q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            found << tr("Integrity: %1").arg(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        found << tr("The foreign key check could not run: %1").arg(q.lastError().text());
    while (q.next())
        found << tr("Broken reference: table %1, row %2 refers to a missing row of %3.")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()
        && quint32(q.value(0).toLongLong()) != ApplicationId)
        found << tr("The file's application identifier is not Renkei's.");
    const int version = schemaVersion();
    if (version != latestVersion())
        found << tr("Data version %1 differs from this program's %2.").arg(version).arg(latestVersion());
    if (const auto tables = Schema::read(connection()); !tables)
        found << tables.status().fullText();
    else if (version == latestVersion())
        found << Schema::differences(*tables, Schema::expected());
    if (problems)
        *problems = found;
    if (found.isEmpty())
        return Status::success();
    return Status::failure(tr("The database \"%1\" has %n problem(s).", nullptr, int(found.size()))
                               .arg(QDir::toNativeSeparators(m_path)),
                           found.join(u'\n'));
}

Status Database::verifySchema() const
{
    const auto tables = Schema::read(connection());
    if (!tables)
        return tables.status();
    const QStringList missing = Schema::differences(*tables, Schema::expected(), false);
    if (missing.isEmpty())
        return Status::success();
    return Status::failure(tr("The database \"%1\" was altered by another program: tables or columns that Renkei "
                              "needs are missing. Restore a backup; \"renkei-cli check\" lists what differs.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           missing.join(u'\n'));
}

Status Database::backupTo(const QString& targetPath) const
{
    const QFileInfo target(targetPath);
    const QString shown = QDir::toNativeSeparators(targetPath);
    if (target.exists())
        return Status::failure(tr("The file \"%1\" already exists; choose another name.").arg(shown));
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the database itself."));
    if (!target.absoluteDir().exists())
        return Status::failure(tr("The folder \"%1\" does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath())));
    // Write under a temporary name in the same folder, then rename: never a half-written backup.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        QFile::remove(partial);
        return Status::failure(tr("The backup \"%1\" could not be written.").arg(shown), detail);
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Status::failure(tr("The backup \"%1\" could not be written.").arg(shown));
    }
    return Status::success();
}
