#pragma once

#include "people/PersonHistoryModel.h"

class Database;

// The programme items a person lectured at, newest event first: the event's date (in wareki)
// and title, the item's title and kind. Read-only.
class PersonLectureModel : public PersonHistoryModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, ItemColumn, KindColumn, ColumnCount };

    explicit PersonLectureModel(QObject* parent = nullptr);
    // personId 0 (or no database) empties the table.
    void load(const Database* db, qint64 personId);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
