#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A statement prepared on a SQLite connection's own handle, for the hot write paths of an import
// (tens of thousands of people and attendance rows): binding through QSqlQuery costs more than
// SQLite's own work there (QSqlResult makes a placeholder name and a QVariant for every value).
// SQLite specific, so it lives in core/db: on another driver prepare() answers false with no
// error, and the caller keeps its QSqlQuery path. The statement counts with QueryCounter like any
// other (it runs on a traced connection). Finalized when destroyed: like SqlUtil::Statement, it
// belongs to a store made for one workflow, which never outlives its connection.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // True when the connection is SQLite (its handle can be reached).
    static bool isAvailable(const QSqlDatabase& connection);
    // Prepares `sql` once (later calls with a prepared statement do nothing). False when the
    // connection is not SQLite (error() empty) or SQLite refused the statement (error() says why).
    bool prepare(const QSqlDatabase& connection, const QString& sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Placeholders count from 1, as in SQLite.
    void bind(int index, qint64 value);
    // An id, or NULL for 0 (SqlUtil::idOrNull).
    void bindIdOrNull(int index, qint64 id);
    // Text, never NULL (SqlUtil::text: a null QString binds as '').
    void bindText(int index, const QString& text);
    void bindTextOrNull(int index, const QString& text); // NULL when empty
    void bindNull(int index);
    // Binds the next placeholder (the first after exec()), as QSqlQuery::addBindValue does: null,
    // integer, boolean or text values, the types RecordMap writes.
    void addBindValue(const QVariant& value);

    // Runs the statement to its end and makes it ready for the next binds: true when it
    // succeeded. With `firstColumn`, the first row's first column (RETURNING id) is stored there.
    bool exec(qint64* firstColumn = nullptr);
    // SQLite's words for the last failure, as QSqlQuery::lastError().text() words them.
    QString error() const { return m_error; }

private:
    void fail(const QString& driverText);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    int m_next = 1; // addBindValue's placeholder
};
