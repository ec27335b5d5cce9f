#pragma once

#include "model/CodeItem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

class Database;

// The entries of one code list, editable in place: Japanese and English label, order, group
// (professions only) and active. An edit is not written here: it is announced by edited() for
// the page to save as an undoable step, after which the page reloads the model.
class CodeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelJaColumn, LabelEnColumn, OrderColumn, GroupColumn, ActiveColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CodeListModel(QObject* parent = nullptr);
    // Reloads `list`; when the entries are the same ones in the same order the rows are
    // updated in place, so the view keeps its current cell and any open editor.
    void load(const Database* db, const QString& list);
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
    QString groupLabel(qint64 id) const;

    QString m_list;
    QList<CodeItem> m_items;
    QList<QPair<qint64, QString>> m_groups;
};
