#include "people/PersonAttendanceModel.h"

#include "date/JapaneseDate.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

#include <algorithm>

PersonAttendanceModel::PersonAttendanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void PersonAttendanceModel::load(const Database* db, qint64 personId)
{
    beginResetModel();
    m_rows.clear();
    if (db && personId) {
        const CodeListStore codes(*db);
        const OrganisationStore organisations(*db);
        const EventStore events(*db);
        for (const Attendance& a : AttendanceStore(*db).forPerson(personId)) {
            const auto event = events.get(a.eventId);
            if (!event)
                continue;
            Row row;
            row.eventId = event->id;
            row.date = event->date;
            row.title = event->title;
            row.status = codes.label(a.statusId);
            if (a.substituteForId) {
                if (const auto absent = PersonStore(*db).get(a.substituteForId))
                    row.status = tr("%1 (for %2)").arg(row.status, absent->name);
            }
            row.role = codes.label(a.roleId);
            row.profession = codes.label(a.professionId);
            if (const auto org = a.organisationId ? organisations.get(a.organisationId) : std::nullopt)
                row.organisation = org->name;
            m_rows << row;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row& a, const Row& b) { return a.date > b.date; });
    }
    endResetModel();
}

int PersonAttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonAttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonAttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (role == EventIdRole)
        return row.eventId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (role == Qt::ToolTipRole && index.column() != DateColumn && index.column() != TitleColumn)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return role == Qt::ToolTipRole ? JapaneseDate::formatLong(row.date)
                                       : JapaneseDate::formatLongNoWeekday(row.date);
    case TitleColumn:
        return row.title;
    case StatusColumn:
        return row.status;
    case RoleColumn:
        return row.role;
    case ProfessionColumn:
        return row.profession;
    case OrganisationColumn:
        return row.organisation;
    }
    return QVariant();
}

QVariant PersonAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case StatusColumn:
        return tr("Attendance");
    case RoleColumn:
        return tr("Role");
    case ProfessionColumn:
        return tr("Profession then");
    case OrganisationColumn:
        return tr("Organisation then");
    }
    return QVariant();
}
