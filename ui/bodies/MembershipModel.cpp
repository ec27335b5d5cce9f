#include "bodies/MembershipModel.h"

#include "bodies/MembershipTerm.h"
#include "domain/MembershipTerms.h"

#include <QColor>
#include <algorithm>

MembershipModel::MembershipModel(QObject* parent) : QAbstractTableModel(parent) {}

Status MembershipModel::load(Services* services, qint64 bodyId, bool showPast, const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    m_pastCount = 0;
    Status status = Status::success();
    if (services && bodyId) {
        const auto seats = BodyService(*services).seats(bodyId);
        if (!seats)
            status = seats.status();
        for (const BodyService::Seat& seat : seats.valueOr({})) {
            const Row row{seat, MembershipTerms::isPast(seat.membership, today)};
            m_pastCount += row.past ? 1 : 0;
            if (showPast || !row.past)
                m_rows << row;
        }
        // Current members first in role order (会長 first), then past ones, latest ended first.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            if (a.past != b.past)
                return !a.past;
            if (a.past)
                return a.seat.membership.termTo > b.seat.membership.termTo;
            return a.seat.roleOrder < b.seat.roleOrder;
        });
    }
    endResetModel();
    return status;
}

const Membership* MembershipModel::membership(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).seat.membership;
}

int MembershipModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).seat.membership.id == id)
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
        return row.seat.membership.id;
    case PastRole:
        return row.past;
    case Qt::ForegroundRole:
        return row.past ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MemberColumn)
            return seatKind(row.seat.holder);
        if (row.past)
            return tr("Past member: the term has ended.");
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return row.seat.member;
        case RoleColumn:
            return row.seat.role;
        case RepresentsColumn:
            return row.seat.represents;
        case FromColumn:
            return MembershipTerm::format(row.seat.membership.termFrom);
        case ToColumn:
            return MembershipTerm::format(row.seat.membership.termTo);
        case NoteColumn:
            return row.seat.membership.note;
        }
    }
    return QVariant();
}

QString MembershipModel::seatKind(BodyService::Seat::Holder holder)
{
    switch (holder) {
    case BodyService::Seat::Holder::Person:
        return tr("Person");
    case BodyService::Seat::Holder::Organisation:
        return tr("Organisation");
    case BodyService::Seat::Holder::ProfessionOnly:
        break;
    }
    return tr("Profession only");
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
