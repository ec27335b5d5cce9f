#include "events/EventListModel.h"

#include "common/FoldingFilterProxy.h"
#include "counts/ParticipantCounts.h"
#include "date/JapaneseDate.h"
#include "db/Database.h"
#include "db/SearchKeys.h"
#include "pages/RecordPage.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "text/TextFolding.h"

EventListModel::EventListModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventListModel::load(const Database* db, const QDate& from, const QDate& to, const KindFilter& kinds)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        CodeListStore codes(*db);
        BodyStore bodies(*db);
        ParticipantCounts counts(*db);
        for (const Event& e : EventStore(*db).between(from, to).valueOr({})) {
            const auto kind = codes.get(e.kindId).valueOr(std::nullopt);
            const QString code = kind ? kind->code : QString();
            if ((!kinds.only.isEmpty() && !kinds.only.contains(code)) || kinds.except.contains(code))
                continue;
            const auto body = bodies.get(e.bodyId).valueOr(std::nullopt);
            const QString organiser = body ? body->name : QString();
            m_rows << Row{e, codes.label(e.kindId), organiser, counts.eventCount(e.id),
                          SearchKeys::forEvent(e.title, e.theme, e.venue) +
                              TextFolding::searchKeySeparator() + TextFolding::fold(organiser)};
        }
    }
    endResetModel();
}

const Event* EventListModel::event(qint64 id) const
{
    for (const Row& r : m_rows)
        if (r.event.id == id)
            return &r.event;
    return nullptr;
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (role == EventIdRole || role == RecordPage::IdRole)
        return row.event.id;
    if (role == FoldingFilterProxy::SearchKeyRole)
        return row.searchKey;
    if (role == Qt::TextAlignmentRole && index.column() == ParticipantsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole || role == FoldingFilterProxy::SortKeyRole) {
        switch (index.column()) {
        case DateColumn:
            return QString(row.event.date.toString(Qt::ISODate) +
                           row.event.startTime.toString(QStringLiteral("HH:mm")));
        case ParticipantsColumn:
            return row.participants.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return role == Qt::ToolTipRole ? row.event.date.toString(Qt::ISODate)
                                       : JapaneseDate::formatLong(row.event.date);
    case KindColumn:
        return row.kind;
    case TitleColumn:
        return row.event.number > 0 ? tr("%1 (No. %2)").arg(row.event.title).arg(row.event.number)
                                    : row.event.title;
    case OrganiserColumn:
        return row.organiser;
    case VenueColumn:
        return row.event.venue;
    case ParticipantsColumn:
        return row.participants ? tr("%n person(s)", nullptr, *row.participants) : tr("not recorded");
    }
    return QVariant();
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case OrganiserColumn:
        return tr("Organiser");
    case VenueColumn:
        return tr("Venue");
    case ParticipantsColumn:
        return tr("Participants");
    }
    return QVariant();
}
