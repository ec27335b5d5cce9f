#pragma once

#include <QStyledItemDelegate>

class Database;

// Editors of the roster: status and role from their code lists, the substitute typed with
// completion over the names of people.
class RosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RosterDelegate(QObject* parent = nullptr);
    void setDatabase(const Database* db) { m_db = db; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const Database* m_db = nullptr;
};
