#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// A table model whose rows are brought to a new ordered list of rows with row-level signals
// (removed, inserted, moved, changed) instead of a reset, so that a committed change moves or
// repaints only the rows it concerns and the view keeps its current cell, selection and editor.
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Makes `rows` equal to `target` (both ordered; each record once, named by `idOf`). A row
    // kept in place is repainted only when `same(old, new)` is false.
    template <class Row, class IdOf, class Same>
    void syncRows(QList<Row>& rows, const QList<Row>& target, IdOf idOf, Same same)
    {
        QSet<qint64> wanted;
        for (const Row& r : target)
            wanted.insert(idOf(r));
        for (int i = int(rows.size()) - 1; i >= 0; --i)
            if (!wanted.contains(idOf(rows.at(i)))) {
                beginRemoveRows(QModelIndex(), i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        for (int i = 0; i < target.size(); ++i) {
            const qint64 id = idOf(target.at(i));
            int from = -1;
            for (int k = i; k < rows.size() && from < 0; ++k)
                if (idOf(rows.at(k)) == id)
                    from = k;
            if (from < 0) {
                beginInsertRows(QModelIndex(), i, i);
                rows.insert(i, target.at(i));
                endInsertRows();
                continue;
            }
            if (from != i) {
                beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
                rows.move(from, i);
                endMoveRows();
            }
            if (!same(rows.at(i), target.at(i))) {
                rows[i] = target.at(i);
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
        }
    }
};
