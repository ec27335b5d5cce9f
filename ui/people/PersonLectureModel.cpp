#include "people/PersonLectureModel.h"

#include "service/PeopleService.h"

PersonLectureModel::PersonLectureModel(QObject* parent) : PersonHistoryModel(ColumnCount, parent) {}

Status PersonLectureModel::load(Services* services, qint64 personId)
{
    QList<Row> rows;
    const Result<QList<LecturedItem>> lectured =
        services && personId ? PeopleService(*services).lectured(personId) : QList<LecturedItem>();
    if (lectured)
        for (const LecturedItem& l : *lectured)
            rows << Row{l.eventId, l.date, {l.eventTitle, l.itemTitle, l.kind.text()}};
    setRows(rows);
    return lectured.status();
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
