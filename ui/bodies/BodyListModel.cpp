#include "bodies/BodyListModel.h"

#include "domain/Codes.h"
#include "service/BodyService.h"
#include "service/CodeListService.h"
#include "text/TextFolding.h"

#include <QHash>

BodyListModel::BodyListModel(QObject* parent) : RecordListModel(ColumnCount, ActiveColumn, parent) {}

Status BodyListModel::load(Services* services, const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    Status status = Status::success();
    if (services) {
        const BodyService service(*services);
        const auto kindList = CodeListService(*services).list(CodeList::BodyKind);
        const auto bodies = kindList ? service.bodies() : Result<QList<Body>>(kindList.status());
        const auto members = bodies ? service.currentMemberCounts(today) : Result<QHash<qint64, int>>(bodies.status());
        if (!members) {
            endResetModel();
            return members.status();
        }
        QHash<qint64, QString> kinds;
        for (const CodeItem& c : *kindList)
            kinds.insert(c.id, c.label());
        QHash<qint64, QString> names;
        for (const Body& b : *bodies)
            names.insert(b.id, b.shortName.isEmpty() ? b.name : b.shortName);
        for (const Body& b : *bodies)
            m_rows << Row{b,
                          kinds.value(b.kindId),
                          names.value(b.reportsToId),
                          members->value(b.id),
                          TextFolding::searchKey({b.name, b.shortName}),
                          TextFolding::sortKey(QString(), b.name)};
    }
    endResetModel();
    return status;
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
