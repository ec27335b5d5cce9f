#include "db/TransactionGuard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Nesting depth per connection name; connections are used from one thread each.
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> map;
    return map;
}
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("renkei_sp_%1").arg(depth);
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++depth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --depths()[m_db.connectionName()];
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    const bool ok = m_savepoint.isEmpty() ? exec(QStringLiteral("COMMIT"))
                                          : exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (ok) {
        m_active = false;
        --depths()[m_db.connectionName()];
    }
    return ok;
}

bool TransactionGuard::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}
