#include "organisations/OrganisationListModel.h"

#include "service/OrganisationService.h"
#include "text/TextFolding.h"

#include <QSet>

OrganisationListModel::OrganisationListModel(QObject* parent) : RecordRowsModel(ColumnCount, ActiveColumn, parent) {}

OrganisationListRow OrganisationListModel::makeRow(const OrganisationListing& l)
{
    const Organisation& o = l.organisation;
    return {o, l.category.text(), l.searchKey, TextFolding::sortKey(o.reading, o.name)};
}

Status OrganisationListModel::load(Services* services)
{
    if (!services) {
        resetRows({});
        return Status::success();
    }
    const Result<QList<OrganisationListing>> listed = OrganisationService(*services).list();
    QList<OrganisationListRow> rows;
    if (listed) {
        rows.reserve(listed->size());
        for (const OrganisationListing& l : *listed)
            rows << makeRow(l);
    }
    resetRows(std::move(rows));
    return listed.status();
}

Status OrganisationListModel::apply(Services& services, const Change& change)
{
    if (change.entity != Change::Entity::Organisation)
        return Status::success();
    if (change.op == Change::Op::Removed) {
        for (qint64 id : change.ids)
            removeRecord(id);
        return Status::success();
    }
    const Result<QList<OrganisationListing>> rows = OrganisationService(services).rows(change.ids);
    if (!rows)
        return rows.status();
    QSet<qint64> found;
    for (const OrganisationListing& l : *rows) {
        putRow(makeRow(l));
        found.insert(l.organisation.id);
    }
    for (qint64 id : change.ids)
        if (!found.contains(id))
            removeRecord(id);
    return Status::success();
}

const Organisation* OrganisationListModel::organisation(qint64 id) const
{
    const OrganisationListRow* row = rowOf(id);
    return row ? &row->org : nullptr;
}

QVariant OrganisationListModel::display(int row, int column) const
{
    const OrganisationListRow& r = rowAt(row);
    switch (column) {
    case NameColumn:
        return r.org.name;
    case ReadingColumn:
        return r.org.reading;
    case CategoryColumn:
        return r.category;
    case PhoneColumn:
        return r.org.phone;
    }
    return QVariant();
}

QVariant OrganisationListModel::sortKey(int row, int column) const
{
    if (column == NameColumn || column == ReadingColumn)
        return rowAt(row).sortKey;
    return RecordListModel::sortKey(row, column);
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case CategoryColumn:
        return tr("Category");
    case PhoneColumn:
        return tr("Phone");
    case ActiveColumn:
        return tr("Status");
    }
    return QVariant();
}
