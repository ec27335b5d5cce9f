#pragma once

#include <QAbstractTableModel>

// The list of a RecordPage: answers the roles the page and its FoldingFilterProxy read (the
// record's id, its folded search key, a sort key per column) and greys inactive records.
// Subclasses hold the rows and give their keys and display text.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    RecordListModel(int columnCount, int statusColumn, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;

protected:
    struct Keys
    {
        qint64 id = 0;
        bool active = true;
        QString searchKey; // folded
    };
    virtual Keys keys(int row) const = 0;
    // The text of a column; the status column is filled here ("inactive" or nothing).
    virtual QVariant display(int row, int column) const = 0;
    // What the column sorts by; the display text unless overridden.
    virtual QVariant sortKey(int row, int column) const;
    virtual Qt::Alignment alignment(int column) const;

private:
    int m_columnCount;
    int m_statusColumn;
};
