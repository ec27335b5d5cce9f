#pragma once

#include "pages/RecordListModel.h"

#include <QHash>
#include <QList>

// A RecordListModel that keeps its rows by record id, so that a committed change is applied to
// the one row it concerns — inserted, replaced or removed — instead of reloading the list. Row
// order is the order rows came in; the page's FoldingFilterProxy sorts them.
template <class Row>
class RecordRowsModel : public RecordListModel
{
public:
    using RecordListModel::RecordListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    // The row of record `id`, -1 when it is not listed.
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    const Row* rowOf(qint64 id) const
    {
        const int i = indexOf(id);
        return i < 0 ? nullptr : &m_rows.at(i);
    }

protected:
    virtual qint64 idOf(const Row& row) const = 0;
    const Row& rowAt(int i) const { return m_rows.at(i); }
    const QList<Row>& rows() const { return m_rows; }

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(idOf(m_rows.at(i)), i);
        endResetModel();
    }
    // Adds the row, or replaces the row of the same record in place.
    void putRow(Row row)
    {
        const int i = indexOf(idOf(row));
        if (i >= 0) {
            m_rows[i] = std::move(row);
            emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            return;
        }
        const int end = int(m_rows.size());
        beginInsertRows(QModelIndex(), end, end);
        m_index.insert(idOf(row), end);
        m_rows.append(std::move(row));
        endInsertRows();
    }
    void removeRecord(qint64 id)
    {
        const int i = indexOf(id);
        if (i < 0)
            return;
        beginRemoveRows(QModelIndex(), i, i);
        m_index.remove(id);
        m_rows.removeAt(i);
        for (int j = i; j < m_rows.size(); ++j)
            m_index[idOf(m_rows.at(j))] = j;
        endRemoveRows();
    }

private:
    QList<Row> m_rows;
    QHash<qint64, int> m_index;
};
