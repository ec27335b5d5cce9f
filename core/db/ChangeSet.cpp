#include "db/ChangeSet.h"

#include "db/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
const QString LogTable = QStringLiteral("renkei_change");

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// quote(prefix.c1) || ',' || quote(prefix.c2) …: one row as a list of SQL literals.
QString imageExpression(const QStringList& columns, const QString& prefix)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << QStringLiteral("quote(%1%2)").arg(prefix, quoted(c));
    return parts.isEmpty() ? QStringLiteral("''") : parts.join(QStringLiteral(" || ',' || "));
}

} // namespace

int ChangeSet::countAdded(const QString& table) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [&table](const Row& r) { return r.table == table && !r.before && r.after; }));
}

qint64 ChangeSet::integer(const Row& row, const QString& column, bool after) const
{
    const std::optional<QString>& image = after ? row.after : row.before;
    const int wanted = int(m_columns.value(row.table).indexOf(column));
    if (!image || wanted < 0)
        return 0;
    // The image is quote()d literals joined by commas; only text literals may hold a comma or a
    // quote (doubled), so the wanted literal is found by skipping whole literals.
    const QString& text = *image;
    qsizetype at = 0;
    for (int index = 0; at <= text.size(); ++index) {
        qsizetype end = at;
        if (end < text.size() && text.at(end) == u'\'') {
            for (++end; end < text.size(); ++end)
                if (text.at(end) == u'\'') {
                    if (end + 1 < text.size() && text.at(end + 1) == u'\'')
                        ++end;
                    else
                        break;
                }
        }
        end = text.indexOf(u',', end);
        if (end < 0)
            end = text.size();
        if (index == wanted)
            return text.mid(at, end - at).toLongLong(); // NULL and text give 0
        at = end + 1;
    }
    return 0;
}

Status ChangeSet::apply(QSqlDatabase db) const
{
    return write(db, true);
}

Status ChangeSet::revert(QSqlDatabase db) const
{
    return write(db, false);
}

// Rows are read and written in batches of a table's rows (one statement per batch, not per row),
// so that undoing an import of thousands of rows takes a blink, not seconds.
Status ChangeSet::write(QSqlDatabase db, bool forward) const
{
    const QString failed = forward ? tr("The change could not be made again.") : tr("The change could not be taken back.");
    TransactionGuard tx(db);
    if (!tx.isActive())
        return Status::failure(failed, tx.errorText());
    QSqlQuery q(db);
    // References are checked at commit: rows come and go in an order the constraints may not like.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Status::failure(failed, q.lastError().text());

    QStringList tables; // in the order the batch first touched them
    QHash<QString, QList<const Row*>> byTable;
    for (const Row& r : m_rows) {
        if (!byTable.contains(r.table))
            tables << r.table;
        byTable[r.table] << &r;
    }
    const auto fromOf = [forward](const Row* r) -> const std::optional<QString>& { return forward ? r->before : r->after; };
    const auto toOf = [forward](const Row* r) -> const std::optional<QString>& { return forward ? r->after : r->before; };
    const auto chunks = [](const QList<const Row*>& rows, qsizetype size) {
        QList<QList<const Row*>> out;
        for (qsizetype i = 0; i < rows.size(); i += size)
            out << rows.mid(i, size);
        return out;
    };
    const auto ids = [](const QList<const Row*>& rows) {
        QStringList list;
        for (const Row* r : rows)
            list << QString::number(r->rowid);
        return list.join(u',');
    };

    // Every row must be as the other direction left it.
    for (const QString& table : tables) {
        const QStringList columns = m_columns.value(table);
        for (const QList<const Row*>& chunk : chunks(byTable.value(table), 500)) {
            if (!q.exec(QStringLiteral("SELECT rowid, %1 FROM main.%2 WHERE rowid IN (%3)")
                            .arg(imageExpression(columns, QString()), quoted(table), ids(chunk))))
                return Status::failure(failed, q.lastError().text());
            QHash<qint64, QString> now;
            while (q.next())
                now.insert(q.value(0).toLongLong(), q.value(1).toString());
            for (const Row* r : chunk) {
                const auto current = now.contains(r->rowid) ? std::optional<QString>(now.value(r->rowid)) : std::nullopt;
                if (current != fromOf(r))
                    return Status::failure(failed, tr("A row of the table “%1” was changed since; the file is left as it is.")
                                                       .arg(table));
            }
        }
    }

    for (const QString& table : tables) {
        QStringList quotedColumns;
        for (const QString& c : m_columns.value(table))
            quotedColumns << quoted(c);
        QList<const Row*> deleted, updated, inserted;
        for (const Row* r : byTable.value(table)) {
            if (fromOf(r) && !toOf(r))
                deleted << r;
            else if (fromOf(r) && toOf(r))
                updated << r;
            else if (toOf(r))
                inserted << r;
        }
        QStringList statements;
        for (const QList<const Row*>& chunk : chunks(deleted, 500))
            statements << QStringLiteral("DELETE FROM main.%1 WHERE rowid IN (%2)").arg(quoted(table), ids(chunk));
        const auto values = [&toOf](const QList<const Row*>& chunk) {
            QStringList list;
            for (const Row* r : chunk)
                list << QStringLiteral("(%1,%2)").arg(r->rowid).arg(*toOf(r));
            return list.join(u',');
        };
        QStringList assignments;
        for (int c = 0; c < quotedColumns.size(); ++c)
            assignments << QStringLiteral("%1 = v.column%2").arg(quotedColumns.at(c)).arg(c + 2);
        for (const QList<const Row*>& chunk : chunks(updated, 200))
            statements << QStringLiteral("UPDATE main.%1 SET %2 FROM (VALUES %3) AS v WHERE %1.rowid = v.column1")
                              .arg(quoted(table), assignments.join(u','), values(chunk));
        for (const QList<const Row*>& chunk : chunks(inserted, 200))
            statements << QStringLiteral("INSERT INTO main.%1 (rowid, %2) VALUES %3")
                              .arg(quoted(table), quotedColumns.join(u','), values(chunk));
        for (const QString& sql : statements)
            if (!q.exec(sql))
                return Status::failure(failed, q.lastError().text());
    }
    if (!tx.commit())
        return Status::failure(failed, tx.errorText());
    return Status::success();
}

ChangeRecorder::ChangeRecorder(QSqlDatabase db) : m_db(std::move(db)) {}

ChangeRecorder::~ChangeRecorder()
{
    if (m_started)
        drop();
}

Status ChangeRecorder::start()
{
    const QString failed = tr("The changes cannot be recorded for undo.");
    QSqlQuery q(m_db);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return Status::failure(failed, q.lastError().text());
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables) {
        if (!q.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table))))
            return Status::failure(failed, q.lastError().text());
        QStringList columns;
        QString integerKey;
        int keys = 0;
        while (q.next()) {
            columns << q.value(1).toString();
            if (q.value(5).toInt() > 0) {
                ++keys;
                if (q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                    integerKey = q.value(1).toString();
            }
        }
        if (keys == 1 && !integerKey.isEmpty())
            columns.removeAll(integerKey); // the rowid itself
        m_columns.insert(table, columns);
    }
    m_started = true;
    QStringList sql{QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, "
                                   "op TEXT, image TEXT)")
                        .arg(LogTable)};
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString table = quoted(it.key());
        const QString literal = u'\'' + QString(it.key()).replace(u'\'', QStringLiteral("''")) + u'\'';
        sql << QStringLiteral("CREATE TEMP TRIGGER %1 AFTER INSERT ON main.%2 BEGIN INSERT INTO %3 (tbl, rid, op) "
                              "VALUES (%4, NEW.rowid, 'I'); END")
                   .arg(quoted(LogTable + u'_' + it.key() + QStringLiteral("_i")), table, LogTable, literal);
        for (const auto& [suffix, event] : {std::pair{QStringLiteral("u"), QStringLiteral("UPDATE")},
                                            std::pair{QStringLiteral("d"), QStringLiteral("DELETE")}})
            sql << QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE %2 ON main.%3 BEGIN INSERT INTO %4 (tbl, rid, op, image) "
                                  "VALUES (%5, OLD.rowid, '%6', %7); END")
                       .arg(quoted(LogTable + u'_' + it.key() + u'_' + suffix), event, table, LogTable, literal,
                            suffix.toUpper(), imageExpression(it.value(), QStringLiteral("OLD.")));
    }
    for (const QString& statement : sql)
        if (!q.exec(statement))
            return Status::failure(failed, q.lastError().text() + u'\n' + statement);
    return Status::success();
}

std::optional<ChangeSet> ChangeRecorder::finish(Status* status)
{
    const QString failed = tr("The changes cannot be recorded for undo.");
    ChangeSet set;
    set.m_columns = m_columns;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tbl, rid, op, image FROM temp.%1 ORDER BY seq").arg(LogTable))) {
        *status = Status::failure(failed, q.lastError().text());
        return std::nullopt;
    }
    QHash<std::pair<QString, qint64>, qsizetype> seen;
    while (q.next()) {
        const std::pair<QString, qint64> key{q.value(0).toString(), q.value(1).toLongLong()};
        if (seen.contains(key))
            continue; // the first image is the row as it was before the batch
        seen.insert(key, set.m_rows.size());
        ChangeSet::Row row;
        row.table = key.first;
        row.rowid = key.second;
        if (q.value(2).toString() != QLatin1String("I"))
            row.before = q.value(3).toString();
        set.m_rows << row;
    }
    // The rows as the batch leaves them, read a few hundred at a time.
    QHash<std::pair<QString, qint64>, QString> after;
    QHash<QString, QList<qint64>> idsByTable;
    for (const ChangeSet::Row& row : set.m_rows)
        idsByTable[row.table] << row.rowid;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); i += 500) {
            QStringList ids;
            for (const qint64 id : it.value().mid(i, 500))
                ids << QString::number(id);
            if (!q.exec(QStringLiteral("SELECT rowid, %1 FROM main.%2 WHERE rowid IN (%3)")
                            .arg(imageExpression(m_columns.value(it.key()), QString()), quoted(it.key()), ids.join(u',')))) {
                *status = Status::failure(failed, q.lastError().text());
                return std::nullopt;
            }
            while (q.next())
                after.insert({it.key(), q.value(0).toLongLong()}, q.value(1).toString());
        }
    }
    QList<ChangeSet::Row> kept;
    for (ChangeSet::Row& row : set.m_rows) {
        const std::pair<QString, qint64> key{row.table, row.rowid};
        row.after = after.contains(key) ? std::optional<QString>(after.value(key)) : std::nullopt;
        if (row.before != row.after)
            kept << row;
    }
    set.m_rows = kept;
    drop();
    *status = Status::success();
    return set;
}

void ChangeRecorder::drop()
{
    m_started = false;
    QSqlQuery q(m_db);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        for (const QString& suffix : {QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("d")})
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(quoted(LogTable + u'_' + it.key() + u'_' + suffix)));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(LogTable));
}
