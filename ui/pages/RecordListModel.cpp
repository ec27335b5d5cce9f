#include "pages/RecordListModel.h"

#include "common/FoldingFilterProxy.h"
#include "pages/RecordPage.h"

#include <QColor>

RecordListModel::RecordListModel(int columnCount, int statusColumn, QObject* parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount), m_statusColumn(statusColumn)
{
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    switch (role) {
    case RecordPage::IdRole:
        return keys(row).id;
    case FoldingFilterProxy::SearchKeyRole:
        return keys(row).searchKey;
    case FoldingFilterProxy::SortKeyRole:
        return sortKey(row, index.column());
    case Qt::ForegroundRole:
        return keys(row).active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::TextAlignmentRole:
        if (const Qt::Alignment a = alignment(index.column()))
            return QVariant(a);
        return QVariant();
    case Qt::DisplayRole:
        if (index.column() == m_statusColumn)
            return keys(row).active ? QString() : tr("inactive");
        return display(row, index.column());
    }
    return QVariant();
}

QVariant RecordListModel::sortKey(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole);
}

Qt::Alignment RecordListModel::alignment(int) const
{
    return {};
}
