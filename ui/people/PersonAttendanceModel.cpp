#include "people/PersonAttendanceModel.h"

#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

PersonAttendanceModel::PersonAttendanceModel(QObject* parent) : PersonHistoryModel(ColumnCount, parent) {}

void PersonAttendanceModel::load(const Database* db, qint64 personId)
{
    QList<Row> rows;
    if (db && personId) {
        const CodeListStore codes(*db);
        const OrganisationStore organisations(*db);
        const EventStore events(*db);
        for (const Attendance& a : AttendanceStore(*db).forPerson(personId)) {
            const auto event = events.get(a.eventId).valueOr(std::nullopt);
            if (!event)
                continue;
            QString status = codes.label(a.statusId);
            if (a.substituteForId) {
                if (const auto absent = PersonStore(*db).get(a.substituteForId).valueOr(std::nullopt))
                    status = tr("%1 (for %2)").arg(status, absent->name);
            }
            const auto org = a.organisationId ? organisations.get(a.organisationId).valueOr(std::nullopt) : std::nullopt;
            rows << Row{event->id,
                        event->date,
                        {event->title, status, codes.label(a.roleId), codes.label(a.professionId),
                         org ? org->name : QString()}};
        }
    }
    setRows(rows);
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
