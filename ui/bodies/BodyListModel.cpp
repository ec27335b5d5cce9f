#include "bodies/BodyListModel.h"

#include "domain/Codes.h"
#include "service/BodyService.h"
#include "service/CodeListService.h"
#include "text/TextFolding.h"

#include <QHash>

BodyListModel::BodyListModel(QObject* parent) : RecordRowsModel(ColumnCount, ActiveColumn, parent) {}

Result<QList<BodyListRow>> BodyListModel::read(Services& services) const
{
    const BodyService service(services);
    const auto kindList = CodeListService(services).list(CodeList::BodyKind);
    const auto bodies = kindList ? service.bodies() : Result<QList<Body>>(kindList.status());
    const auto members = bodies ? service.currentMemberCounts(m_today) : Result<QHash<qint64, int>>(bodies.status());
    if (!members)
        return members.status();
    QHash<qint64, QString> kinds;
    for (const CodeItem& c : *kindList)
        kinds.insert(c.id, c.label());
    QHash<qint64, QString> names;
    for (const Body& b : *bodies)
        names.insert(b.id, b.shortName.isEmpty() ? b.name : b.shortName);
    QList<BodyListRow> rows;
    for (const Body& b : *bodies)
        rows << BodyListRow{b,
                            kinds.value(b.kindId),
                            names.value(b.reportsToId),
                            members->value(b.id),
                            TextFolding::searchKey({b.name, b.shortName}),
                            TextFolding::sortKey(QString(), b.name)};
    return rows;
}

Status BodyListModel::load(Services* services, const QDate& today)
{
    m_today = today;
    const Result<QList<BodyListRow>> rows = services ? read(*services) : Result<QList<BodyListRow>>(QList<BodyListRow>());
    resetRows(rows.valueOr({}));
    return rows ? Status::success() : rows.status();
}

Status BodyListModel::apply(Services& services, const Change& change)
{
    if (change.entity == Change::Entity::Body && change.op == Change::Op::Removed) {
        for (qint64 id : change.ids)
            removeRecord(id);
        return Status::success();
    }
    // The rows to touch: the bodies changed, those reporting to them (the name they show), and
    // for a change of seats the body whose members are counted.
    QList<qint64> touched;
    if (change.entity == Change::Entity::Body)
        touched = change.ids;
    else if (change.entity == Change::Entity::Membership && change.owner)
        touched = {change.owner};
    else
        return Status::success();
    const Result<QList<BodyListRow>> rows = read(services);
    if (!rows)
        return rows.status();
    for (const BodyListRow& row : *rows) {
        const BodyListRow* shown = rowOf(row.body.id);
        const bool reportsToChanged = shown && change.entity == Change::Entity::Body && shown->reportsTo != row.reportsTo;
        if (touched.contains(row.body.id) || reportsToChanged)
            putRow(row);
    }
    return Status::success();
}

const Body* BodyListModel::body(qint64 id) const
{
    const BodyListRow* row = rowOf(id);
    return row ? &row->body : nullptr;
}

QVariant BodyListModel::display(int row, int column) const
{
    const BodyListRow& r = rowAt(row);
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
        return rowAt(row).sortKey;
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
