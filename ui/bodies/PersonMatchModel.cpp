#include "bodies/PersonMatchModel.h"

#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

namespace {
constexpr int MatchLimit = 30;
}

PersonMatchModel::PersonMatchModel(QObject* parent) : QAbstractListModel(parent) {}

void PersonMatchModel::setDatabase(const Database* db)
{
    beginResetModel();
    m_db = db;
    m_people.clear();
    m_organisations.clear();
    if (db)
        for (const Organisation& o : OrganisationStore(*db).all())
            m_organisations.insert(o.id, o.name);
    endResetModel();
}

void PersonMatchModel::search(const QString& text)
{
    beginResetModel();
    m_people.clear();
    if (m_db && !text.trimmed().isEmpty())
        for (const Person& p : PersonStore(*m_db).search(text, MatchLimit).valueOr({}))
            if (p.active)
                m_people << p;
    endResetModel();
}

qint64 PersonMatchModel::idAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people.at(row).id : 0;
}

int PersonMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PersonMatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Person& p = m_people.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case Qt::EditRole:
        return p.name;
    case Qt::DisplayRole: {
        const QString org = m_organisations.value(p.organisationId);
        return org.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, org);
    }
    }
    return QVariant();
}
