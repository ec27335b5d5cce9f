#pragma once

#include <QSortFilterProxyModel>

// Search-as-you-type with the core's name folding: a row matches when the folded filter text
// occurs in the row's folded search key (the source model's SearchKeyRole), so 白崎, しらさき
// and ｼﾗｻｷ all find 白﨑直樹. Sorting uses the source's SortRole (readings for 五十音順).
class FoldingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int SearchKeyRole = Qt::UserRole + 100;
    static constexpr int SortKeyRole = Qt::UserRole + 101;

    explicit FoldingFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_folded;
};
