#include "settings/CodeGroupDelegate.h"

#include "settings/CodeListModel.h"

#include <QComboBox>

QWidget* CodeGroupDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const CodeListModel*>(index.model());
    if (!model)
        return nullptr;
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(none)"), qint64(0));
    for (const auto& group : model->groups())
        combo->addItem(group.second, group.first);
    // A choice is saved at once, as the other cells are when Enter is pressed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<CodeGroupDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void CodeGroupDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo)
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
}

void CodeGroupDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo)
        model->setData(index, combo->currentData(), Qt::EditRole);
}
