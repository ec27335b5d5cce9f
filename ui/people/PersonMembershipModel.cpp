#include "people/PersonMembershipModel.h"

#include "date/JapaneseDate.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"

#include <QColor>
#include <algorithm>

PersonMembershipModel::PersonMembershipModel(QObject* parent) : QAbstractTableModel(parent) {}

void PersonMembershipModel::load(const Database* db, qint64 personId, const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    if (db && personId) {
        const BodyStore bodies(*db);
        const CodeListStore codes(*db);
        const OrganisationStore organisations(*db);
        for (const Membership& m : bodies.membershipsOfPerson(personId)) {
            Row row;
            if (const auto body = bodies.get(m.bodyId).valueOr(std::nullopt))
                row.body = body->name;
            row.role = codes.label(m.roleId);
            if (const auto org = m.representsId ? organisations.get(m.representsId).valueOr(std::nullopt) : std::nullopt)
                row.represents = org->name;
            row.from = m.termFrom;
            row.to = m.termTo;
            row.ended = m.termTo.isValid() && m.termTo < today;
            m_rows << row;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            if (a.ended != b.ended)
                return !a.ended;
            return a.from > b.from;
        });
    }
    endResetModel();
}

QString PersonMembershipModel::term(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return QString();
    // 令和6年4月1日〜令和8年3月31日; an open end is left blank, as on a member list.
    return JapaneseDate::formatLongNoWeekday(from) + QStringLiteral("〜") +
           JapaneseDate::formatLongNoWeekday(to);
}

int PersonMembershipModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonMembershipModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonMembershipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole)
        return row.ended ? QVariant(QColor(Qt::gray)) : QVariant();
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case BodyColumn:
        return row.body;
    case RoleColumn:
        return row.role;
    case RepresentsColumn:
        return row.represents;
    case TermColumn:
        return term(row.from, row.to);
    }
    return QVariant();
}

QVariant PersonMembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BodyColumn:
        return tr("Body");
    case RoleColumn:
        return tr("Role");
    case RepresentsColumn:
        return tr("Representing");
    case TermColumn:
        return tr("Term");
    }
    return QVariant();
}
