#include "db/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}
} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::isAvailable(const QSqlDatabase& connection)
{
    return handleOf(connection) != nullptr;
}

bool SqliteStatement::prepare(const QSqlDatabase& connection, const QString& sql)
{
    if (m_statement)
        return true;
    m_db = handleOf(connection);
    if (!m_db)
        return false;
    // UTF-16 as QString holds it: no conversion of the text.
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                             &m_statement, nullptr) != SQLITE_OK) {
        fail(QCoreApplication::translate("QSQLiteResult", "Unable to execute statement"));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindIdOrNull(int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(m_statement, index, id);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindText(int index, const QString& text)
{
    // SQLITE_TRANSIENT: SQLite copies the text (the QString may go before the statement runs).
    sqlite3_bind_text16(m_statement, index, text.isNull() ? static_cast<const void*>(u"") : text.utf16(),
                        int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bindTextOrNull(int index, const QString& text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindText(index, text);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::addBindValue(const QVariant& value)
{
    const int index = m_next++;
    // Qt's SQLite driver binds a null QString as NULL too.
    const QString* text =
        value.typeId() == QMetaType::QString ? static_cast<const QString*>(value.constData()) : nullptr;
    if (value.isNull() || (text && text->isNull()))
        bindNull(index);
    else if (text)
        bindText(index, *text);
    else if (value.typeId() == QMetaType::Double)
        sqlite3_bind_double(m_statement, index, value.toDouble());
    else
        bind(index, value.toLongLong()); // integers and flags
}

bool SqliteStatement::exec(qint64* firstColumn)
{
    m_next = 1;
    int rc = sqlite3_step(m_statement);
    bool first = true;
    while (rc == SQLITE_ROW) {
        if (first && firstColumn)
            *firstColumn = sqlite3_column_int64(m_statement, 0);
        first = false;
        rc = sqlite3_step(m_statement);
    }
    const bool ok = rc == SQLITE_DONE && !(firstColumn && first);
    if (!ok)
        fail(QCoreApplication::translate("QSQLiteResult", "Unable to fetch row"));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

void SqliteStatement::fail(const QString& driverText)
{
    // QSqlError::text(): the database's words, then the driver's.
    const QString databaseText = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    m_error = databaseText.isEmpty() ? driverText : databaseText + u' ' + driverText;
}
