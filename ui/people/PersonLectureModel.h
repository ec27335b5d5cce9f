#pragma once

#include "Status.h"

#include "people/PersonHistoryModel.h"

class Services;

// The programme items a person lectured at, newest event first: the event's date (in wareki)
// and title, the item's title and kind. Read-only.
class PersonLectureModel : public PersonHistoryModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, ItemColumn, KindColumn, ColumnCount };

    explicit PersonLectureModel(QObject* parent = nullptr);
    // personId 0 (or no services) empties the table. One query; a failed read empties the
    // table and is returned.
    Status load(Services* services, qint64 personId);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
