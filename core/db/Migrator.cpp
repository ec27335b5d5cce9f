#include "db/Migrator.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "db/TransactionGuard.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {
struct Step
{
    int version;
    const char* resource;
    std::function<Status(QSqlDatabase&)> after;
};

const QList<Step>& steps()
{
    static const QList<Step> list{
        {1, ":/migrations/001_initial.sql", nullptr},
        {2, ":/migrations/002_search_keys.sql", [](QSqlDatabase& db) { return SearchKeys::rebuildAll(db); }},
        {3, ":/migrations/003_proxy_on_substitute.sql", nullptr},
    };
    return list;
}
} // namespace

Migrator::Migrator(QSqlDatabase db) : m_db(std::move(db)) {}

int Migrator::latestVersion()
{
    return steps().last().version;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Migrator::migrateTo(int version)
{
    for (int v = currentVersion(); v >= 0 && v < version; v = currentVersion()) {
        Status st = runStep(v + 1);
        if (!st)
            return st;
    }
    return Status::success();
}

Status Migrator::runStep(int version)
{
    const auto it = std::find_if(steps().begin(), steps().end(),
                                 [version](const Step& s) { return s.version == version; });
    if (it == steps().end())
        return Status::failure(tr("No upgrade to data version %1 is known.").arg(version));
    QFile file(QString::fromLatin1(it->resource));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The upgrade script for data version %1 is missing.").arg(version));
    const QString script = QString::fromUtf8(file.readAll());

    const QString failed = tr("Upgrading the data to version %1 failed; the file was left unchanged.");
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return Status::failure(failed.arg(version), tx.errorText());
    QSqlQuery q(m_db);
    for (const QString& statement : splitStatements(script)) {
        if (!q.exec(statement))
            return Status::failure(failed.arg(version), q.lastError().text() + u'\n' + statement);
    }
    if (it->after) {
        Status st = it->after(m_db);
        if (!st)
            return Status::failure(failed.arg(version), st.fullText());
    }
    if (version == 1
        && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint64(Database::ApplicationId))))
        return Status::failure(failed.arg(version), q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Status::failure(failed.arg(version), q.lastError().text());
    if (!tx.commit())
        return Status::failure(failed.arg(version), tx.errorText());
    return Status::success();
}
