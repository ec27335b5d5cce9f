#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The rows a batch of writes (an import) changed, each as it was before and after, so that the
// batch can be taken back and done again as one step: rows it added are deleted, rows it updated
// get their old values back, rows it deleted return. Images are SQLite literals made by quote(),
// so every value comes back with its type. Before either direction runs, each row must still be
// as the other direction left it; otherwise nothing is written and the error says which table.
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)

public:
    struct Row
    {
        QString table;
        qint64 rowid = 0;
        std::optional<QString> before; // absent: the batch added the row
        std::optional<QString> after;  // absent: the batch deleted the row
    };

    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<Row>& rows() const { return m_rows; }
    int countAdded(const QString& table) const;
    // The integer in `column` of the row's image before (or after) the batch; 0 when that image,
    // the column or its value is absent (NULL). What changed can so be told without a query:
    // the event an attendance row belongs to, also once the row is gone.
    qint64 integer(const Row& row, const QString& column, bool after) const;

    Status apply(QSqlDatabase db) const;  // redo
    Status revert(QSqlDatabase db) const; // undo

private:
    friend class ChangeRecorder;
    Status write(QSqlDatabase db, bool forward) const;

    QList<Row> m_rows;                    // in the order the batch first touched them
    QHash<QString, QStringList> m_columns; // table -> columns of the image (not the rowid alias)
};

// Records what one connection writes, from start() to finish(), with temporary triggers that
// only that connection sees. Start it inside the batch's transaction: a rollback then removes the
// triggers as well.
class ChangeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    explicit ChangeRecorder(QSqlDatabase db);
    ~ChangeRecorder();
    Status start();
    std::optional<ChangeSet> finish(Status* status);

private:
    void drop();

    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
    bool m_started = false;
};
