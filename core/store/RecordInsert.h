#pragma once

#include "Result.h"
#include "db/RecordMap.h"
#include "db/SqliteStatement.h"
#include "store/SqlUtil.h"

#include <QSqlDatabase>

// A store's insert of one record through its RecordMap, answering the new id (RETURNING id), with
// the statement prepared once per store: through SQLite's own handle when the connection is SQLite
// (an import adds tens of thousands of people, and binding through QSqlQuery cost more than the
// insert), else through a QSqlQuery. `message()` is made only when the insert fails.
template <class T> class RecordInsert
{
public:
    template <class Message>
    Result<qint64> run(const QSqlDatabase& connection, const RecordMap<T>& map, const T& record, bool withId,
                       Message message)
    {
        const QString& sql = withId ? m_sqlWithId : m_sql;
        if (sql.isEmpty())
            (withId ? m_sqlWithId : m_sql) = map.insertSql(withId);
        SqliteStatement& raw = m_raw[withId ? 1 : 0];
        if (raw.prepare(connection, sql)) {
            map.bindInsert(raw, record, withId);
            qint64 id = 0;
            if (!raw.exec(&id))
                return Status::failure(message(), raw.error());
            return id;
        }
        QSqlQuery& q = m_query[withId ? 1 : 0].prepared(connection, sql);
        map.bindInsert(q, record, withId);
        return SqlUtil::insertReturningId(q, message());
    }

private:
    QString m_sql;
    QString m_sqlWithId;
    SqliteStatement m_raw[2];
    SqlUtil::Statement m_query[2];
};
