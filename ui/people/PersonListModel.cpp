#include "people/PersonListModel.h"

#include "service/PeopleService.h"
#include "text/TextFolding.h"

#include <QHash>
#include <QSet>

PersonListModel::PersonListModel(QObject* parent) : RecordRowsModel(ColumnCount, ActiveColumn, parent) {}

PersonListModel::OrganisationKeys PersonListModel::organisationKeys(const PersonListing& l)
{
    return {TextFolding::fold(l.organisation), TextFolding::sortKey(l.organisationReading, l.organisation)};
}

PersonListRow PersonListModel::makeRow(const PersonListing& l, const OrganisationKeys& org)
{
    const Person& p = l.person;
    QString key = l.searchKey;
    if (!org.folded.isEmpty())
        key += TextFolding::searchKeySeparator() + org.folded;
    return {p,
            l.profession.text(),
            p.professionId ? QStringLiteral("%1").arg(l.professionOrder, 8, 10, QLatin1Char('0')) : QString(),
            l.organisation,
            p.organisationId ? org.sortKey : QString(),
            key,
            TextFolding::sortKey(p.reading, p.name)};
}

Status PersonListModel::load(Services* services)
{
    if (!services) {
        resetRows({});
        return Status::success();
    }
    const Result<QList<PersonListing>> listed = PeopleService(*services).list();
    QList<PersonListRow> rows;
    if (listed) {
        rows.reserve(listed->size());
        // Each organisation's name folded once, not once per person.
        QHash<qint64, OrganisationKeys> keys;
        for (const PersonListing& l : *listed) {
            auto org = keys.find(l.person.organisationId);
            if (org == keys.end())
                org = keys.insert(l.person.organisationId, organisationKeys(l));
            rows << makeRow(l, *org);
        }
    }
    resetRows(std::move(rows));
    return listed.status();
}

Status PersonListModel::put(const Result<QList<PersonListing>>& rows, const QList<qint64>& ids)
{
    if (!rows)
        return rows.status();
    QSet<qint64> found;
    for (const PersonListing& l : *rows) {
        putRow(makeRow(l, organisationKeys(l)));
        found.insert(l.person.id);
    }
    // Gone again by the time the change was read (a later step removed them).
    for (qint64 id : ids)
        if (!found.contains(id))
            removeRecord(id);
    return Status::success();
}

Status PersonListModel::apply(Services& services, const Change& change)
{
    if (change.entity == Change::Entity::Person) {
        if (change.op == Change::Op::Removed) {
            for (qint64 id : change.ids)
                removeRecord(id);
            return Status::success();
        }
        return put(PeopleService(services).rows(change.ids), change.ids);
    }
    if (change.entity == Change::Entity::Organisation && change.op == Change::Op::Updated)
        return put(PeopleService(services).rowsOfOrganisations(change.ids), {});
    return Status::success();
}

const Person* PersonListModel::person(qint64 id) const
{
    const PersonListRow* row = rowOf(id);
    return row ? &row->person : nullptr;
}

QVariant PersonListModel::sortKey(int row, int column) const
{
    // Ties (same profession, same organisation) fall back to the person's 五十音順.
    const PersonListRow& r = rowAt(row);
    switch (column) {
    case NameColumn:
    case ReadingColumn:
        return r.sortKey;
    case ProfessionColumn:
        return QString((r.professionSortKey.isEmpty() ? QStringLiteral("~") : r.professionSortKey) + r.sortKey);
    case OrganisationColumn:
        return QString((r.organisationSortKey.isEmpty() ? QString(QChar(0xFFFF)) : r.organisationSortKey) +
                       QChar(0x1F) + r.sortKey);
    case ActiveColumn:
        return QString(QChar(r.person.active ? u'0' : u'1') + r.sortKey);
    }
    return RecordListModel::sortKey(row, column);
}

QVariant PersonListModel::display(int row, int column) const
{
    const PersonListRow& r = rowAt(row);
    switch (column) {
    case NameColumn:
        return r.person.name;
    case ReadingColumn:
        return r.person.reading;
    case ProfessionColumn:
        return r.profession;
    case OrganisationColumn:
        return r.organisation;
    case DepartmentColumn:
        return r.person.department;
    case TitleColumn:
        return r.person.title;
    }
    return QVariant();
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case ProfessionColumn:
        return tr("Profession");
    case OrganisationColumn:
        return tr("Organisation");
    case DepartmentColumn:
        return tr("Department");
    case TitleColumn:
        return tr("Title");
    case ActiveColumn:
        return tr("Status");
    }
    return QVariant();
}
