#include "db/QueryCounter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
// Per thread: a connection is used from one thread, and a counter in a test or a benchmark step
// is not disturbed by an import running beside it.
thread_local qint64 t_reads = 0;
thread_local qint64 t_writes = 0;

// SQLite calls BEGIN, COMMIT, SAVEPOINT … read-only; they are counted with the writes they frame.
bool isTransactionControl(const char* sql)
{
    while (sql && (*sql == ' ' || *sql == '\n' || *sql == '\t'))
        ++sql;
    if (!sql)
        return false;
    for (const char* keyword : {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
        if (qstrnicmp(sql, keyword, qstrlen(keyword)) == 0)
            return true;
    return false;
}

int onStatement(unsigned type, void*, void* statement, void* sql)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A trigger's program reports itself as "-- TRIGGER name": part of the statement that fired it.
    const char* text = static_cast<const char*>(sql);
    if (text && text[0] == '-' && text[1] == '-')
        return 0;
    if (sqlite3_stmt_readonly(static_cast<sqlite3_stmt*>(statement)) && !isTransactionControl(text))
        ++t_reads;
    else
        ++t_writes;
    return 0;
}
} // namespace

void QueryCounter::restart()
{
    m_reads = t_reads;
    m_writes = t_writes;
}

qint64 QueryCounter::totalReads()
{
    return t_reads;
}

qint64 QueryCounter::totalWrites()
{
    return t_writes;
}

void QueryCounter::attach(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3* db = *static_cast<sqlite3* const*>(handle.constData()))
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &onStatement, nullptr);
}

bool QueryCounter::isTraced(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0;
}
