#include "events/RosterModel.h"

#include "service/AttendanceService.h"

#include <algorithm>

#include <QColor>

RosterModel::RosterModel(QObject* parent) : QAbstractTableModel(parent) {}

Status RosterModel::load(Services* services, qint64 eventId)
{
    beginResetModel();
    m_rows.clear();
    m_eventId = 0;
    Status st;
    if (services) {
        const AttendanceService attendance(*services);
        const EventRoster roster = attendance.roster(eventId);
        st = roster.status();
        if (roster.event()) {
            m_eventId = eventId;
            const Result<AttendanceService::Codes> codes = attendance.codes();
            m_statuses = codes ? codes->statuses : QList<CodeItem>();
            m_roles = codes ? codes->roles : QList<CodeItem>();
            m_keyed = codes ? codes->keyed : QList<qint64>();
            if (st && !codes)
                st = codes.status();
            m_rows = roster.entries();
        }
    }
    endResetModel();
    return st;
}

Status RosterModel::refresh(Services& services)
{
    const EventRoster roster = AttendanceService(services).roster(m_eventId);
    if (!roster.status())
        return roster.status();
    const QList<Row>& rows = roster.entries();
    const bool samePeople = rows.size() == m_rows.size() &&
                            std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                       [](const Row& a, const Row& b) { return a.personId == b.personId; });
    if (!samePeople || !roster.event()) {
        beginResetModel();
        m_rows = roster.event() ? rows : QList<Row>();
        if (!roster.event())
            m_eventId = 0;
        endResetModel();
        return Status::success();
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    return Status::success();
}

const RosterModel::Row* RosterModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RosterModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).personId == personId)
            return i;
    return -1;
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::codeLabel(const QList<CodeItem>& list, qint64 id) const
{
    for (const CodeItem& c : list)
        if (c.id == id)
            return c.label();
    return QString();
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& r = m_rows.at(index.row());
    const std::optional<Attendance>& a = r.attendance;
    switch (role) {
    case PersonIdRole:
        return r.personId;
    case CodeIdRole:
        if (index.column() == StatusColumn)
            return a ? a->statusId : qint64(0);
        if (index.column() == RoleColumn)
            return a ? a->roleId : qint64(0);
        return QVariant();
    case Qt::ToolTipRole:
        if (!a && (index.column() == StatusColumn || index.column() == NameColumn))
            return tr("Member of the organising body; attendance not entered yet");
        return QVariant();
    case Qt::ForegroundRole:
        return a ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::EditRole:
        if (index.column() == StatusColumn || index.column() == RoleColumn)
            return data(index, CodeIdRole);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case OrganisationColumn:
            return r.organisation;
        case ProfessionColumn:
            return r.profession;
        case StatusColumn:
            return a ? codeLabel(m_statuses, a->statusId) : QString();
        case RoleColumn:
            return a ? codeLabel(m_roles, a->roleId) : QString();
        case SubstituteColumn:
            return r.substitute;
        }
    }
    return QVariant();
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case ProfessionColumn:
        return tr("Profession");
    case StatusColumn:
        return tr("Status");
    case RoleColumn:
        return tr("Role");
    case SubstituteColumn:
        return tr("Substitute");
    }
    return QVariant();
}

Qt::ItemFlags RosterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == StatusColumn || index.column() == RoleColumn ||
                            index.column() == SubstituteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RosterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 personId = m_rows.at(index.row()).personId;
    switch (index.column()) {
    case StatusColumn:
        if (value.toLongLong() == 0)
            return false;
        emit statusRequested(personId, value.toLongLong());
        return true;
    case RoleColumn:
        if (value.toLongLong() == 0)
            return false;
        emit roleRequested(personId, value.toLongLong());
        return true;
    case SubstituteColumn:
        emit substituteRequested(personId, value.toString());
        return true;
    }
    return false;
}
