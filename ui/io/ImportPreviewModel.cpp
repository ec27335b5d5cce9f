#include "io/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

void ImportPreviewModel::setSource(const SourceTable& source)
{
    beginResetModel();
    m_source = source;
    m_columns = int(source.header.size());
    for (const QStringList& row : source.rows)
        m_columns = std::max(m_columns, int(row.size()));
    m_labels.clear();
    m_errorRows.clear();
    endResetModel();
}

void ImportPreviewModel::setMapping(const QStringList& labels)
{
    m_labels = labels;
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

void ImportPreviewModel::setErrorRows(const QSet<int>& rows)
{
    m_errorRows = rows;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1), {Qt::BackgroundRole});
}

int ImportPreviewModel::columns() const
{
    return m_columns;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_source.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_source.rows.at(index.row()).value(index.column());
    if (role == Qt::BackgroundRole && m_errorRows.contains(index.row()))
        return QBrush(QColor(0xFF, 0xE0, 0xE0));
    if (role == Qt::ForegroundRole && m_labels.value(index.column()).isEmpty())
        return QBrush(Qt::gray); // an ignored column
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return m_source.lines.value(section);
    const QString written = m_source.header.value(section).trimmed();
    const QString column = written.isEmpty() ? m_source.columnLabel(section) : written;
    const QString target = m_labels.value(section);
    //: A column of the file and what it becomes, or "(ignore)".
    return target.isEmpty() ? tr("%1\n(ignored)").arg(column) : tr("%1\n→ %2").arg(column, target);
}
