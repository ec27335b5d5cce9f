#pragma once

#include "Status.h"
#include "model/CodeItem.h"
#include "pages/SyncedTableModel.h"
#include "service/Change.h"

#include <QList>
#include <QPair>

class Services;

// The entries of one code list, editable in place: Japanese and English label, order, group
// (professions only) and active. An edit is not written here: it is announced by edited() for
// the page to save as an undoable step; the committed change comes back through apply().
class CodeListModel : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column { LabelJaColumn, LabelEnColumn, OrderColumn, GroupColumn, ActiveColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CodeListModel(QObject* parent = nullptr);
    // Reloads `list` through CodeListService (null: no council open, no rows); when the entries
    // are the same ones in the same order the rows are updated in place, so the view keeps its
    // current cell and any open editor. A failed read leaves no rows and is returned.
    Status load(Services* services, const QString& list);
    // Applies a committed change of code entries to the list shown: only the rows it concerns are
    // inserted, moved, removed or repainted. One read of the list; a failure when it failed.
    Status apply(Services& services, const Change& change);
    QString list() const { return m_list; }
    const CodeItem& item(int row) const { return m_items.at(row); }
    QList<CodeItem> items() const { return m_items; }
    int rowOf(qint64 id) const;
    // The profession groups a profession can belong to: id and label.
    QList<QPair<qint64, QString>> groups() const { return m_groups; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited(const CodeItem& before, const CodeItem& after);

private:
    static Status read(Services& services, const QString& list, QList<CodeItem>* items,
                       QList<QPair<qint64, QString>>* groups);
    QString groupLabel(qint64 id) const;

    QString m_list;
    QList<CodeItem> m_items;
    QList<QPair<qint64, QString>> m_groups;
};
