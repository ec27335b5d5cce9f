#include "people/PersonHistoryModel.h"

#include "date/JapaneseDate.h"

#include <algorithm>

PersonHistoryModel::PersonHistoryModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{
}

void PersonHistoryModel::setRows(QList<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date > b.date; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PersonHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PersonHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (role == EventIdRole)
        return row.eventId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (index.column() == 0)
        return role == Qt::ToolTipRole ? JapaneseDate::formatLong(row.date)
                                       : JapaneseDate::formatLongNoWeekday(row.date);
    return row.texts.value(index.column() - 1);
}
