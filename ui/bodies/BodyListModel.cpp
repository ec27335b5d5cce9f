#include "bodies/BodyListModel.h"

#include "bodies/MembershipTerm.h"
#include "common/FoldingFilterProxy.h"
#include "pages/RecordPage.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "text/TextFolding.h"

#include <QColor>
#include <QHash>

BodyListModel::BodyListModel(QObject* parent) : QAbstractTableModel(parent) {}

void BodyListModel::load(const Database* db, const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        BodyStore store(*db);
        CodeListStore codes(*db);
        QHash<qint64, QString> kinds;
        for (const CodeItem& c : codes.items(CodeListStore::BodyKind))
            kinds.insert(c.id, c.label());
        const QList<Body> bodies = store.all();
        QHash<qint64, QString> names;
        for (const Body& b : bodies)
            names.insert(b.id, b.shortName.isEmpty() ? b.name : b.shortName);
        for (const Body& b : bodies) {
            int members = 0;
            for (const Membership& m : store.memberships(b.id))
                members += MembershipTerm::isCurrent(m, today) ? 1 : 0;
            m_rows << Row{b,
                          kinds.value(b.kindId),
                          names.value(b.reportsToId),
                          members,
                          TextFolding::searchKey({b.name, b.shortName}),
                          TextFolding::sortKey(QString(), b.name)};
        }
    }
    endResetModel();
}

const Body* BodyListModel::body(qint64 id) const
{
    for (const Row& r : m_rows)
        if (r.body.id == id)
            return &r.body;
    return nullptr;
}

int BodyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BodyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BodyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case RecordPage::IdRole:
        return row.body.id;
    case FoldingFilterProxy::SearchKeyRole:
        return row.searchKey;
    case FoldingFilterProxy::SortKeyRole:
        if (index.column() == NameColumn)
            return row.sortKey;
        if (index.column() == MembersColumn)
            return row.members;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        return row.body.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.body.name;
        case ShortNameColumn:
            return row.body.shortName;
        case KindColumn:
            return row.kind;
        case ReportsToColumn:
            return row.reportsTo;
        case MembersColumn:
            return row.members;
        case ActiveColumn:
            return row.body.active ? QString() : tr("inactive");
        }
    }
    return QVariant();
}

QVariant BodyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case KindColumn:
        return tr("Kind");
    case ReportsToColumn:
        return tr("Reports to");
    case MembersColumn:
        return tr("Members");
    case ActiveColumn:
        return tr("Status");
    }
    return QVariant();
}
