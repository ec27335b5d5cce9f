#pragma once

#include "Status.h"

#include "people/PersonHistoryModel.h"

class Services;

// A person's attendance history, newest first: the event's date (in wareki) and title, the
// status (for a substitute, whose place they took) and role, and the profession and
// organisation the person had at the event. Read-only.
class PersonAttendanceModel : public PersonHistoryModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        StatusColumn,
        RoleColumn,
        ProfessionColumn,
        OrganisationColumn,
        ColumnCount
    };

    explicit PersonAttendanceModel(QObject* parent = nullptr);
    // personId 0 (or no services) empties the table. One query, whatever the number of rows;
    // a failed read empties the table and is returned.
    Status load(Services* services, qint64 personId);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
