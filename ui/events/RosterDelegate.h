#pragma once

#include <QStyledItemDelegate>

class Services;

// Editors of the roster: status and role from their code lists, the substitute typed with
// completion over the names of people (a failed read of the names says so in the field).
class RosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RosterDelegate(QObject* parent = nullptr);
    void setServices(Services* services) { m_services = services; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Services* m_services = nullptr;
};
