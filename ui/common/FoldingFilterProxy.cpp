#include "common/FoldingFilterProxy.h"

#include "text/TextFolding.h"

#include <algorithm>
#include <numeric>

FoldingFilterProxy::FoldingFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortKeyRole);
}

void FoldingFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetKeys();
    // Connected before the base class connects its own handlers, so that the kept keys are
    // gone before it filters or sorts the changed rows.
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FoldingFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FoldingFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::dataChanged, this, &FoldingFilterProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FoldingFilterProxy::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FoldingFilterProxy::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::rowsMoved, this, &FoldingFilterProxy::forgetKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void FoldingFilterProxy::forgetKeys()
{
    m_searchKeys.clear();
    m_ranks.clear();
    m_order.clear();
    m_sortKeys.clear();
    m_ranksColumn = -1;
}

QString FoldingFilterProxy::searchKeyOf(int row) const
{
    return sourceModel()->index(row, 0).data(SearchKeyRole).toString();
}

bool FoldingFilterProxy::placeInOrder(int row) const
{
    const QVariant key = sourceModel()->index(row, m_ranksColumn).data(sortRole());
    if (key.userType() != QMetaType::QString) {
        m_ranks.clear();
        m_ranksColumn = -1;
        return false;
    }
    m_sortKeys[row] = key.toString();
    // Equal keys keep the source's order, as in ranks().
    const auto before = [this](int a, int b) {
        const int c = m_sortKeys.at(a).compare(m_sortKeys.at(b));
        return c < 0 || (c == 0 && a < b);
    };
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), row, before), row);
    return true;
}

void FoldingFilterProxy::renumber() const
{
    m_ranks.resize(m_order.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_ranks[m_order.at(i)] = i;
}

void FoldingFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (topLeft.parent().isValid()) {
        forgetKeys();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < m_searchKeys.size())
            m_searchKeys[row] = searchKeyOf(row);
        if (m_ranks.isEmpty() || row >= m_ranks.size())
            continue;
        m_order.removeAt(m_ranks.at(row));
        if (!placeInOrder(row))
            return;
    }
    if (!m_ranks.isEmpty())
        renumber();
}

void FoldingFilterProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        forgetKeys();
        return;
    }
    const int count = last - first + 1;
    if (!m_searchKeys.isEmpty())
        for (int row = first; row <= last; ++row)
            m_searchKeys.insert(row, searchKeyOf(row));
    if (m_ranks.isEmpty())
        return;
    for (int& row : m_order)
        if (row >= first)
            row += count;
    for (int row = first; row <= last; ++row) {
        m_sortKeys.insert(row, QString());
        if (!placeInOrder(row))
            return;
    }
    renumber();
}

void FoldingFilterProxy::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        forgetKeys();
        return;
    }
    const int count = last - first + 1;
    if (!m_searchKeys.isEmpty())
        m_searchKeys.remove(first, count);
    if (m_ranks.isEmpty())
        return;
    m_order.removeIf([first, last](int row) { return row >= first && row <= last; });
    for (int& row : m_order)
        if (row > last)
            row -= count;
    m_sortKeys.remove(first, count);
    renumber();
}

void FoldingFilterProxy::setSearchText(const QString& text)
{
    const QString folded = TextFolding::fold(text);
    if (folded == m_folded)
        return;
    m_folded = folded;
    // One layout change: removing the rows range by range costs the view far more when a first
    // kana drops tens of thousands of rows. Views lose a current row that no longer matches;
    // RecordPage chooses the next current row itself.
    invalidate();
}

bool FoldingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QAbstractItemModel* source = sourceModel();
    if (sourceParent.isValid())
        return source->index(sourceRow, 0, sourceParent).data(SearchKeyRole).toString().contains(m_folded);
    if (m_searchKeys.isEmpty()) {
        const int rows = source->rowCount();
        m_searchKeys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_searchKeys << source->index(row, 0).data(SearchKeyRole).toString();
    }
    return m_searchKeys.value(sourceRow).contains(m_folded);
}

bool FoldingFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_ranksColumn != left.column()) {
        m_ranksColumn = left.column();
        m_ranks = ranks(left.column());
    }
    if (m_ranks.isEmpty())
        return QSortFilterProxyModel::lessThan(left, right);
    return m_ranks.at(left.row()) < m_ranks.at(right.row());
}

QList<int> FoldingFilterProxy::ranks(int column) const
{
    const QAbstractItemModel* source = sourceModel();
    const int rows = source->rowCount();
    QList<QString> keys;
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QVariant key = source->index(row, column).data(sortRole());
        if (key.userType() != QMetaType::QString)
            return {};
        keys << key.toString();
    }
    // Equal keys keep the source's order, as the stable sort of the base class does.
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    m_sortKeys = keys;
    m_order = order;
    QList<int> rank(rows);
    for (int i = 0; i < rows; ++i)
        rank[order.at(i)] = i;
    return rank;
}
