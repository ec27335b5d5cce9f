#include "people/PersonAttendanceModel.h"

#include "service/PeopleService.h"

PersonAttendanceModel::PersonAttendanceModel(QObject* parent) : PersonHistoryModel(ColumnCount, parent) {}

Status PersonAttendanceModel::load(Services* services, qint64 personId)
{
    QList<Row> rows;
    const Result<QList<AttendedEvent>> attended =
        services && personId ? PeopleService(*services).attended(personId) : QList<AttendedEvent>();
    if (attended)
        for (const AttendedEvent& a : *attended) {
            QString status = a.status.text();
            if (!a.substituteFor.isEmpty())
                status = tr("%1 (for %2)").arg(status, a.substituteFor);
            rows << Row{a.eventId, a.date, {a.title, status, a.role.text(), a.profession.text(), a.organisation}};
        }
    setRows(rows);
    return attended.status();
}

QVariant PersonAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PersonHistoryModel::headerData(section, orientation, role);
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
