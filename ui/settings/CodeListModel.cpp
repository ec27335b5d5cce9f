#include "settings/CodeListModel.h"

#include "domain/Codes.h"
#include "service/CodeListService.h"

#include <QColor>

CodeListModel::CodeListModel(QObject* parent) : SyncedTableModel(parent) {}

Status CodeListModel::read(Services& services, const QString& list, QList<CodeItem>* items,
                           QList<QPair<qint64, QString>>* groups)
{
    const CodeListService codes(services);
    const Result<QList<CodeItem>> entries = codes.list(list);
    if (!entries)
        return entries.status();
    if (list == CodeList::Profession) {
        const Result<QList<CodeItem>> groupItems = codes.list(CodeList::ProfessionGroup);
        if (!groupItems)
            return groupItems.status();
        for (const CodeItem& g : *groupItems)
            *groups << qMakePair(g.id, g.label());
    }
    *items = *entries;
    return Status::success();
}

Status CodeListModel::load(Services* services, const QString& list)
{
    QList<CodeItem> items;
    QList<QPair<qint64, QString>> groups;
    const Status st = services ? read(*services, list, &items, &groups) : Status::success();
    if (list == m_list && st) {
        // The same list again: every row repainted in place, none reset.
        m_groups = groups;
        syncRows(m_items, items, [](const CodeItem& c) { return c.id; },
                 [](const CodeItem&, const CodeItem&) { return false; });
        return st;
    }
    beginResetModel();
    m_list = list;
    m_items = items;
    m_groups = groups;
    endResetModel();
    return st;
}

Status CodeListModel::apply(Services& services, const Change& change)
{
    if (change.entity != Change::Entity::CodeItem || m_list.isEmpty())
        return Status::success();
    QList<CodeItem> items;
    QList<QPair<qint64, QString>> groups;
    if (const Status st = read(services, m_list, &items, &groups); !st)
        return st;
    // A relabelled group shows in every profession's row.
    bool groupChanged = false;
    for (const auto& g : groups)
        groupChanged = groupChanged || change.ids.contains(g.first);
    m_groups = groups;
    syncRows(m_items, items, [](const CodeItem& c) { return c.id; },
             [&](const CodeItem& before, const CodeItem&) {
                 return !groupChanged && !change.ids.contains(before.id);
             });
    return Status::success();
}

int CodeListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).id == id)
            return r;
    return -1;
}

int CodeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CodeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CodeListModel::groupLabel(qint64 id) const
{
    for (const auto& g : m_groups)
        if (g.first == id)
            return g.second;
    return QString();
}

QVariant CodeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CodeItem& c = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case LabelJaColumn:
            return c.labelJa;
        case LabelEnColumn:
            return c.labelEn;
        case OrderColumn:
            return c.sortOrder;
        case GroupColumn:
            return role == Qt::EditRole ? QVariant(c.groupId) : QVariant(groupLabel(c.groupId));
        }
        break;
    case Qt::CheckStateRole:
        if (column == ActiveColumn)
            return c.active ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (!c.active)
            return QColor(Qt::gray);
        break;
    case Qt::ToolTipRole:
        if (column == LabelJaColumn || column == LabelEnColumn) {
            const QString id = tr("Identifier: %1").arg(c.code);
            return Code::isReserved(c.list, c.code)
                       ? id + u'\n' + tr("Renkei relies on this entry: it can be renamed but not deleted.")
                       : id;
        }
        if (column == ActiveColumn)
            return tr("Inactive entries stay in past records but are not offered in pick lists.");
        break;
    }
    return QVariant();
}

bool CodeListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const CodeItem before = m_items.at(index.row());
    CodeItem after = before;
    switch (index.column()) {
    case LabelJaColumn:
        after.labelJa = value.toString().trimmed();
        if (after.labelJa.isEmpty())
            return false; // every entry needs its Japanese label
        break;
    case LabelEnColumn:
        after.labelEn = value.toString().trimmed();
        break;
    case OrderColumn:
        after.sortOrder = value.toInt();
        break;
    case GroupColumn:
        after.groupId = value.toLongLong();
        break;
    case ActiveColumn:
        if (role != Qt::CheckStateRole)
            return false;
        after.active = value.value<Qt::CheckState>() == Qt::Checked;
        break;
    }
    if (after.labelJa == before.labelJa && after.labelEn == before.labelEn &&
        after.sortOrder == before.sortOrder && after.groupId == before.groupId &&
        after.active == before.active)
        return true;
    emit edited(before, after);
    return true;
}

Qt::ItemFlags CodeListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const CodeItem& c = m_items.at(index.row());
    switch (index.column()) {
    case LabelJaColumn:
    case LabelEnColumn:
    case OrderColumn:
        return f | Qt::ItemIsEditable;
    case GroupColumn:
        return m_list == CodeList::Profession ? f | Qt::ItemIsEditable : f;
    case ActiveColumn:
        // Entries the program relies on stay active.
        if (Code::isReserved(c.list, c.code))
            return f & ~Qt::ItemIsEnabled;
        return f | Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelJaColumn:
        return tr("Japanese label");
    case LabelEnColumn:
        return tr("English label");
    case OrderColumn:
        return tr("Order");
    case GroupColumn:
        return tr("Group");
    case ActiveColumn:
        return tr("Active");
    }
    return QVariant();
}
