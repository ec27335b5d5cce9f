#include "bodies/PersonMatchModel.h"

#include "service/OrganisationService.h"
#include "service/PeopleService.h"

namespace {
constexpr int MatchLimit = 30;
}

PersonMatchModel::PersonMatchModel(QObject* parent) : QAbstractListModel(parent) {}

Status PersonMatchModel::setServices(Services* services)
{
    beginResetModel();
    m_services = services;
    m_people.clear();
    m_organisations.clear();
    const Result<QList<Organisation>> organisations =
        services ? OrganisationService(*services).all() : Result<QList<Organisation>>(QList<Organisation>());
    for (const Organisation& o : organisations.valueOr({}))
        m_organisations.insert(o.id, o.name);
    endResetModel();
    return organisations ? Status::success() : organisations.status();
}

Status PersonMatchModel::search(const QString& text)
{
    beginResetModel();
    m_people.clear();
    Status st;
    if (m_services && !text.trimmed().isEmpty()) {
        const Result<QList<Person>> found = PeopleService(*m_services).search(text, MatchLimit);
        for (const Person& p : found.valueOr({}))
            if (p.active)
                m_people << p;
        if (!found)
            st = found.status();
    }
    endResetModel();
    return st;
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
