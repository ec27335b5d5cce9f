#include "organisations/OrganisationListModel.h"

#include "common/FoldingFilterProxy.h"
#include "db/SearchKeys.h"
#include "pages/RecordPage.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "text/TextFolding.h"

#include <QFont>

OrganisationListModel::OrganisationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganisationListModel::load(const Database* db)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        CodeListStore codes(*db);
        QHash<qint64, QString> categories;
        for (const CodeItem& c : codes.items(CodeListStore::OrganisationCategory))
            categories.insert(c.id, c.label());
        for (const Organisation& o : OrganisationStore(*db).all())
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

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case RecordPage::IdRole:
        return row.org.id;
    case FoldingFilterProxy::SearchKeyRole:
        return row.searchKey;
    case FoldingFilterProxy::SortKeyRole:
        if (index.column() == NameColumn || index.column() == ReadingColumn)
            return row.sortKey;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        return row.org.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.org.name;
        case ReadingColumn:
            return row.org.reading;
        case CategoryColumn:
            return row.category;
        case PhoneColumn:
            return row.org.phone;
        case ActiveColumn:
            return row.org.active ? QString() : tr("inactive");
        }
    }
    return QVariant();
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
