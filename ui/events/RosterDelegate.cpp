#include "events/RosterDelegate.h"

#include "events/RosterModel.h"
#include "service/PeopleService.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSet>

RosterDelegate::RosterDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* RosterDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const auto* roster = qobject_cast<const RosterModel*>(index.model());
    if (roster &&
        (index.column() == RosterModel::StatusColumn || index.column() == RosterModel::RoleColumn)) {
        auto* combo = new QComboBox(parent);
        const QList<CodeItem>& items =
            index.column() == RosterModel::StatusColumn ? roster->statuses() : roster->roles();
        for (const CodeItem& c : items)
            if (c.active)
                combo->addItem(c.label(), c.id);
        return combo;
    }
    if (index.column() == RosterModel::SubstituteColumn) {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("who came instead"));
        if (m_services) {
            const Result<QList<PersonListing>> people = PeopleService(*m_services).list();
            if (!people) {
                edit->setPlaceholderText(tr("who came instead (no names offered: %1)").arg(people.status().message()));
                edit->setToolTip(people.status().detail());
            }
            QStringList names;
            QSet<QString> seen;
            for (const PersonListing& p : people.valueOr({}))
                if (p.person.active && !seen.contains(p.person.name)) {
                    seen.insert(p.person.name);
                    names << p.person.name;
                }
            auto* completer = new QCompleter(names, edit);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            edit->setCompleter(completer);
        }
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RosterDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(RosterModel::CodeIdRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RosterDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentData() != index.data(RosterModel::CodeIdRole))
            model->setData(index, combo->currentData());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        if (edit->text().trimmed() != index.data().toString())
            model->setData(index, edit->text().trimmed());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
