#include "db/QueryCounter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

QueryCounter::QueryCounter(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return;
    m_handle = db;
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &QueryCounter::onTrace, this);
}

QueryCounter::~QueryCounter()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

int QueryCounter::onTrace(unsigned type, void* context, void*, void* sql)
{
    // A statement's first step reports its text; a trigger's statements start with "--".
    const auto* text = static_cast<const char*>(sql);
    if (type == SQLITE_TRACE_STMT && !(text && text[0] == '-' && text[1] == '-'))
        ++static_cast<QueryCounter*>(context)->m_count;
    return 0;
}
