#include "db/ConnectionSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

Result<ConnectionSpec> ConnectionSpec::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Status::failure(tr("No database was named; give the path of a Renkei database file."));
    // scheme://… is a URI. A Windows path (C:\…) has one letter and no "//" after its colon.
    static const QRegularExpression uri(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    const QRegularExpressionMatch m = uri.match(text);
    if (!m.hasMatch())
        return sqliteFile(text);
    const QString scheme = m.captured(1).toLower();
    if (scheme == QLatin1String("file")) {
        const QUrl url(text);
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            return sqliteFile(url.toLocalFile());
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return Status::failure(tr("\"%1\" names a PostgreSQL server; connecting to a server is not supported "
                                  "yet. Give the path of a Renkei database file.")
                                   .arg(text));
    return Status::failure(
        tr("\"%1\" is not a database Renkei can open; give the path of a Renkei database file.").arg(text));
}

ConnectionSpec ConnectionSpec::sqliteFile(const QString& path)
{
    return ConnectionSpec(Backend::SqliteFile, path);
}

QString ConnectionSpec::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}

Status ConnectionSpec::open(Database& db, Database::Access access) const
{
    return db.open(m_path, access);
}

Status ConnectionSpec::create(Database& db, const std::function<Status(Database&)>& fill) const
{
    const bool existed = QFile::exists(m_path);
    Status st = db.create(m_path);
    if (st && fill)
        st = fill(db);
    if (st)
        return st;
    db.close();
    // Database::create already removes what it made; a file made here and not filled goes too.
    if (!existed && QFileInfo(m_path).size() > 0) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    return st;
}
