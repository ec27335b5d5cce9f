#pragma once

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <functional>

// How one record type maps to one table: each column named once with the field it holds, so that
// a store never repeats a column list, a positional q.value(n) read or a list of binds. Columns
// are read by position in the order they were declared, after the id.
//
//     static const RecordMap<Person> map = RecordMap<Person>(u"person"_s, &Person::id)
//         .text(u"name"_s, &Person::name)
//         .reference(u"organisation_id"_s, &Person::organisationId)
//         .flag(u"active"_s, &Person::active)
//         .derived(u"search_key"_s, [](const Person& p) { return SearchKeys::forPerson(p.name, p.reading); });
//
// Types, as the schema stores them: text NOT NULL ('' for none), optional text (NULL for none),
// references (NULL for 0), integers, flags (0/1), dates as ISO text, times as HH:mm. Derived
// columns are written from the record but not read back into it.
template <class T>
class RecordMap
{
public:
    RecordMap(QString table, qint64 T::*id) : m_table(std::move(table)), m_id(id) {}

    RecordMap& text(const QString& column, QString T::*field)
    {
        return add(column, [field](const T& r) { return QVariant(nonNull(r.*field)); },
                   [field](T& r, const QVariant& v) { r.*field = v.toString(); });
    }
    RecordMap& optionalText(const QString& column, QString T::*field)
    {
        return add(column,
                   [field](const T& r) {
                       return (r.*field).isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.*field);
                   },
                   [field](T& r, const QVariant& v) { r.*field = v.toString(); });
    }
    // A trimmed text (names and readings: stray spaces from a paste never reach the file).
    RecordMap& trimmedText(const QString& column, QString T::*field)
    {
        return add(column, [field](const T& r) { return QVariant(nonNull((r.*field).trimmed())); },
                   [field](T& r, const QVariant& v) { r.*field = v.toString(); });
    }
    RecordMap& reference(const QString& column, qint64 T::*field)
    {
        return add(column, [field](const T& r) { return idOrNull(r.*field); },
                   [field](T& r, const QVariant& v) { r.*field = v.toLongLong(); });
    }
    RecordMap& integer(const QString& column, int T::*field)
    {
        return add(column, [field](const T& r) { return QVariant(r.*field); },
                   [field](T& r, const QVariant& v) { r.*field = v.toInt(); });
    }
    RecordMap& flag(const QString& column, bool T::*field)
    {
        return add(column, [field](const T& r) { return QVariant(r.*field ? 1 : 0); },
                   [field](T& r, const QVariant& v) { r.*field = v.toBool(); });
    }
    RecordMap& date(const QString& column, QDate T::*field)
    {
        return add(column,
                   [field](const T& r) {
                       return (r.*field).isValid() ? QVariant((r.*field).toString(Qt::ISODate))
                                                   : QVariant(QMetaType(QMetaType::QString));
                   },
                   [field](T& r, const QVariant& v) { r.*field = QDate::fromString(v.toString(), Qt::ISODate); });
    }
    RecordMap& time(const QString& column, QTime T::*field)
    {
        return add(column,
                   [field](const T& r) {
                       return (r.*field).isValid() ? QVariant((r.*field).toString(QStringLiteral("HH:mm")))
                                                   : QVariant(QMetaType(QMetaType::QString));
                   },
                   [field](T& r, const QVariant& v) {
                       r.*field = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
                   });
    }
    RecordMap& derived(const QString& column, std::function<QVariant(const T&)> value)
    {
        return add(column, std::move(value), {});
    }

    const QString& table() const { return m_table; }

    // "p.id, p.name, …": the id and every read column, with an optional table alias.
    QString selectList(const QString& alias = QString()) const
    {
        const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
        QStringList list{prefix + QStringLiteral("id")};
        for (const Column& c : m_columns)
            if (c.read)
                list << prefix + c.name;
        return list.join(QStringLiteral(", "));
    }
    // How many values selectList() yields: what follows them in a wider SELECT starts here.
    int width() const
    {
        return 1 + int(std::count_if(m_columns.begin(), m_columns.end(), [](const Column& c) { return bool(c.read); }));
    }
    // The record at the current row of `q`, whose columns start at `offset` as selectList() gave them.
    T read(const QSqlQuery& q, int offset = 0) const
    {
        T record;
        record.*m_id = q.value(offset).toLongLong();
        int i = offset + 1;
        for (const Column& c : m_columns)
            if (c.read)
                c.read(record, q.value(i++));
        return record;
    }

    // INSERT … RETURNING id. With `withId` the record's own id is written too (a record restored
    // by undo keeps the id that later steps refer to).
    QString insertSql(bool withId = false) const
    {
        QStringList columns, marks;
        if (withId) {
            columns << QStringLiteral("id");
            marks << QStringLiteral("?");
        }
        for (const Column& c : m_columns) {
            columns << c.name;
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    QString updateSql() const
    {
        QStringList assignments;
        for (const Column& c : m_columns)
            assignments << c.name + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, assignments.join(QStringLiteral(", ")));
    }
    // Binds every written column in order (the id first with `withId`, last for an update), to a
    // QSqlQuery or a SqliteStatement (both take addBindValue).
    template <class Query>
    void bindInsert(Query& q, const T& record, bool withId = false) const
    {
        if (withId)
            q.addBindValue(record.*m_id);
        bindColumns(q, record);
    }
    void bindUpdate(QSqlQuery& q, const T& record) const
    {
        bindColumns(q, record);
        q.addBindValue(record.*m_id);
    }

private:
    struct Column
    {
        QString name;
        std::function<QVariant(const T&)> write;
        std::function<void(T&, const QVariant&)> read; // empty for derived columns
    };

    static QString nonNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
    static QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

    RecordMap& add(const QString& column, std::function<QVariant(const T&)> write,
                   std::function<void(T&, const QVariant&)> read)
    {
        m_columns.append({column, std::move(write), std::move(read)});
        return *this;
    }
    template <class Query>
    void bindColumns(Query& q, const T& record) const
    {
        for (const Column& c : m_columns)
            q.addBindValue(c.write(record));
    }

    QString m_table;
    qint64 T::*m_id;
    QList<Column> m_columns;
};
