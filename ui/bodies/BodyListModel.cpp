#include "bodies/BodyListModel.h"

#include "bodies/MembershipTerm.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "text/TextFolding.h"

#include <QHash>

BodyListModel::BodyListModel(QObject* parent) : RecordListModel(ColumnCount, ActiveColumn, parent) {}

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
        const QList<Body> bodies = store.all().valueOr({});
        QHash<qint64, QString> names;
        for (const Body& b : bodies)
            names.insert(b.id, b.shortName.isEmpty() ? b.name : b.shortName);
        for (const Body& b : bodies) {
            int members = 0;
            for (const Membership& m : store.memberships(b.id).valueOr({}))
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

QVariant BodyListModel::display(int row, int column) const
{
    const Row& r = m_rows.at(row);
    switch (column) {
    case NameColumn:
        return r.body.name;
    case ShortNameColumn:
        return r.body.shortName;
    case KindColumn:
        return r.kind;
    case ReportsToColumn:
        return r.reportsTo;
    case MembersColumn:
        return r.members;
    }
    return QVariant();
}

QVariant BodyListModel::sortKey(int row, int column) const
{
    if (column == NameColumn)
        return m_rows.at(row).sortKey;
    return RecordListModel::sortKey(row, column);
}

Qt::Alignment BodyListModel::alignment(int column) const
{
    return column == MembersColumn ? Qt::AlignRight | Qt::AlignVCenter : Qt::Alignment();
}

QVariant BodyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
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
