#pragma once

#include <QSqlDatabase>
#include <QString>

// Counts the SQL statements a connection runs while it lives (SQLite's statement trace), so that
// tests can show a read does not grow its number of queries with its rows, and the benchmark can
// print each step's query count beside its time. Statements run by triggers are not counted.
class QueryCounter
{
public:
    explicit QueryCounter(const QSqlDatabase& connection);
    ~QueryCounter();
    QueryCounter(const QueryCounter&) = delete;
    QueryCounter& operator=(const QueryCounter&) = delete;

    // False when the connection's driver cannot be traced (then count() stays 0).
    bool isActive() const { return m_handle != nullptr; }
    qint64 count() const { return m_count; }
    void reset() { m_count = 0; }

private:
    static int onTrace(unsigned type, void* context, void* statement, void* sql);

    void* m_handle = nullptr; // sqlite3*
    qint64 m_count = 0;
};
