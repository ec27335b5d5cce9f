#include "bodies/MembershipModel.h"

#include "bodies/MembershipTerm.h"
#include "domain/MembershipTerms.h"

#include <QColor>
#include <algorithm>

MembershipModel::MembershipModel(QObject* parent) : SyncedTableModel(parent) {}

Status MembershipModel::load(Services* services, qint64 bodyId, bool showPast, const QDate& today)
{
    beginResetModel();
    m_bodyId = services ? bodyId : 0;
    m_showPast = showPast;
    m_today = today;
    m_all.clear();
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
            m_all << row;
        }
        sortRows(m_all);
        m_rows = shown(m_all);
    }
    endResetModel();
    return status;
}

Status MembershipModel::apply(Services& services, const Change& change)
{
    if (change.entity != Change::Entity::Membership || !m_bodyId)
        return Status::success();
    const auto concerns = [&](const Row& r) { return change.ids.contains(r.seat.membership.id); };
    QList<Row> all = m_all;
    QList<BodyService::Seat> seats;
    if (change.op != Change::Op::Removed) {
        auto read = BodyService(services).seatsByIds(change.ids);
        if (!read)
            return read.status();
        seats = std::move(read).value();
    }
    seats.removeIf([this](const BodyService::Seat& seat) { return seat.membership.bodyId != m_bodyId; });
    // A seat changed in place keeps its place among equals; one gone (or moved to another body)
    // is dropped; a new one joins at the end of its group.
    all.removeIf([&](const Row& r) {
        return concerns(r) && std::none_of(seats.cbegin(), seats.cend(), [&](const BodyService::Seat& seat) {
                   return seat.membership.id == r.seat.membership.id;
               });
    });
    for (const BodyService::Seat& seat : seats) {
        const Row row{seat, MembershipTerms::isPast(seat.membership, m_today)};
        const auto at = std::find_if(all.begin(), all.end(),
                                     [&](const Row& r) { return r.seat.membership.id == seat.membership.id; });
        if (at != all.end())
            *at = row;
        else
            all << row;
    }
    sortRows(all);
    m_all = all;
    m_pastCount = int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Row& r) { return r.past; }));
    syncRows(m_rows, shown(m_all), [](const Row& r) { return r.seat.membership.id; },
             [&](const Row& before, const Row&) { return !concerns(before); });
    return Status::success();
}

void MembershipModel::sortRows(QList<Row>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.past != b.past)
            return !a.past;
        if (a.past)
            return a.seat.membership.termTo > b.seat.membership.termTo;
        return a.seat.roleOrder < b.seat.roleOrder;
    });
}

QList<MembershipModel::Row> MembershipModel::shown(const QList<Row>& all) const
{
    QList<Row> rows;
    for (const Row& r : all)
        if (m_showPast || !r.past)
            rows << r;
    return rows;
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
