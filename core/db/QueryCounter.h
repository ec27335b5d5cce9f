#pragma once

#include <QSqlDatabase>

// Counts the SQL statements this thread runs on Renkei's connections, so that a benchmark can
// print each step's query count beside its time and a test can check that a workflow reads with
// a number of queries that does not grow with its rows. Every connection Database opens is
// watched (attach); a counter only reads the thread's running totals, so counters nest and cost
// nothing while nobody looks. A statement counts once per execution, however many rows it
// returns; statements run by triggers are not counted (they belong to the statement that fired
// them). SQLite specific (sqlite3_trace_v2), so it lives in core/db.
class QueryCounter
{
public:
    QueryCounter() { restart(); }
    // The same, for code that names the connection it watches: every connection Database opens
    // is watched already, so this counts the thread's statements like the default.
    explicit QueryCounter(const QSqlDatabase& connection) : m_traced(isTraced(connection)) { restart(); }
    // False when the connection cannot be traced (not SQLite): count() then stays 0.
    bool isActive() const { return m_traced; }

    // Statements since construction or restart(): all, those that only read (SELECT, PRAGMA
    // reads), and the others (writes, and BEGIN, COMMIT, SAVEPOINT … that frame them).
    qint64 count() const { return reads() + writes(); }
    qint64 reads() const { return totalReads() - m_reads; }
    qint64 writes() const { return totalWrites() - m_writes; }
    void restart();

    // Watches a connection (Database does it for each one it opens).
    static void attach(const QSqlDatabase& connection);
    static qint64 totalReads();
    static qint64 totalWrites();
    static bool isTraced(const QSqlDatabase& connection);

private:
    qint64 m_reads = 0;
    qint64 m_writes = 0;
    bool m_traced = true;
};
