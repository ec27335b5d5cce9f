#include "people/PersonLectureModel.h"

#include "store/CodeListStore.h"
#include "store/ProgrammeStore.h"

PersonLectureModel::PersonLectureModel(QObject* parent) : PersonHistoryModel(ColumnCount, parent) {}

void PersonLectureModel::load(const Database* db, qint64 personId)
{
    QList<Row> rows;
    if (db && personId) {
        const CodeListStore codes(*db);
        for (const Lecture& l : ProgrammeStore(*db).lecturesOf(personId).valueOr({}))
            rows << Row{l.eventId, l.date, {l.eventTitle, l.itemTitle, codes.label(l.kindId)}};
    }
    setRows(rows);
}

QVariant PersonLectureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PersonHistoryModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case ItemColumn:
        return tr("Programme item");
    case KindColumn:
        return tr("Kind");
    }
    return QVariant();
}
