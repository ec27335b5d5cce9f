#include "common/FoldingFilterProxy.h"

#include "text/TextFolding.h"

FoldingFilterProxy::FoldingFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortKeyRole);
}

void FoldingFilterProxy::setSearchText(const QString& text)
{
    const QString folded = TextFolding::fold(text);
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateRowsFilter();
}

bool FoldingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return sourceModel()->data(index, SearchKeyRole).toString().contains(m_folded);
}
