#include "bodies/MembershipModel.h"

#include "bodies/MembershipTerm.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

#include <QColor>
#include <QHash>
#include <algorithm>

MembershipModel::MembershipModel(QObject* parent) : QAbstractTableModel(parent) {}

void MembershipModel::load(const Database* db, qint64 bodyId, bool showPast, const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    m_pastCount = 0;
    if (db && bodyId) {
        CodeListStore codes(*db);
        QHash<qint64, CodeItem> roles;
        for (const CodeItem& c : codes.items(CodeListStore::MembershipRole))
            roles.insert(c.id, c);
        QHash<qint64, QString> orgs;
        for (const Organisation& o : OrganisationStore(*db).all())
            orgs.insert(o.id, o.name);
        PersonStore people(*db);
        for (const Membership& m : BodyStore(*db).memberships(bodyId).valueOr({})) {
            Row row{m,
                    QString(),
                    QString(),
                    roles.value(m.roleId).label(),
                    orgs.value(m.representsId),
                    MembershipTerm::isPast(m, today)};
            if (m.personId) {
                row.member = people.get(m.personId).valueOr(std::nullopt).value_or(Person()).name;
                row.seatKind = tr("Person");
            } else if (m.organisationId) {
                row.member = orgs.value(m.organisationId);
                row.seatKind = tr("Organisation");
            } else {
                row.member = codes.label(m.professionId);
                row.seatKind = tr("Profession only");
            }
            m_pastCount += row.past ? 1 : 0;
            if (showPast || !row.past)
                m_rows << row;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&roles](const Row& a, const Row& b) {
            if (a.past != b.past)
                return !a.past;
            if (a.past)
                return a.membership.termTo > b.membership.termTo;
            const int orderA =
                roles.contains(a.membership.roleId) ? roles.value(a.membership.roleId).sortOrder : 1000;
            const int orderB =
                roles.contains(b.membership.roleId) ? roles.value(b.membership.roleId).sortOrder : 1000;
            return orderA < orderB;
        });
    }
    endResetModel();
}

const Membership* MembershipModel::membership(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).membership;
}

int MembershipModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).membership.id == id)
            return i;
    return -1;
}

int MembershipModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembershipModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.membership.id;
    case PastRole:
        return row.past;
    case Qt::ForegroundRole:
        return row.past ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MemberColumn)
            return row.seatKind;
        if (row.past)
            return tr("Past member: the term has ended.");
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return row.member;
        case RoleColumn:
            return row.role;
        case RepresentsColumn:
            return row.represents;
        case FromColumn:
            return MembershipTerm::format(row.membership.termFrom);
        case ToColumn:
            return MembershipTerm::format(row.membership.termTo);
        case NoteColumn:
            return row.membership.note;
        }
    }
    return QVariant();
}

QVariant MembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case RoleColumn:
        return tr("Role");
    case RepresentsColumn:
        return tr("Representing");
    case FromColumn:
        return tr("Term from");
    case ToColumn:
        return tr("Term to");
    case NoteColumn:
        return tr("Note");
    }
    return QVariant();
}
