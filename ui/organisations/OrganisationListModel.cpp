#include "organisations/OrganisationListModel.h"

#include "db/SearchKeys.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "text/TextFolding.h"

#include <QHash>

OrganisationListModel::OrganisationListModel(QObject* parent) : RecordListModel(ColumnCount, ActiveColumn, parent) {}

void OrganisationListModel::load(const Database* db)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        CodeListStore codes(*db);
        QHash<qint64, QString> categories;
        for (const CodeItem& c : codes.items(CodeListStore::OrganisationCategory))
            categories.insert(c.id, c.label());
        for (const Organisation& o : OrganisationStore(*db).all().valueOr({}))
            m_rows << Row{o, categories.value(o.categoryId), SearchKeys::forOrganisation(o.name, o.reading),
                          TextFolding::sortKey(o.reading, o.name)};
    }
    endResetModel();
}

const Organisation* OrganisationListModel::organisation(qint64 id) const
{
    for (const Row& r : m_rows)
        if (r.org.id == id)
            return &r.org;
    return nullptr;
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrganisationListModel::display(int row, int column) const
{
    const Organisation& o = m_rows.at(row).org;
    switch (column) {
    case NameColumn:
        return o.name;
    case ReadingColumn:
        return o.reading;
    case CategoryColumn:
        return m_rows.at(row).category;
    case PhoneColumn:
        return o.phone;
    }
    return QVariant();
}

QVariant OrganisationListModel::sortKey(int row, int column) const
{
    if (column == NameColumn || column == ReadingColumn)
        return m_rows.at(row).sortKey;
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
