#include "events/EventListModel.h"

#include "common/FoldingFilterProxy.h"
#include "date/JapaneseDate.h"
#include "pages/RecordPage.h"

#include <QSet>

EventListModel::EventListModel(QObject* parent) : QAbstractTableModel(parent) {}

bool EventListModel::keeps(const EventService::ListRow& row) const
{
    const QString& code = row.kindCode;
    return row.event.date >= m_from && row.event.date <= m_to &&
           (m_kinds.only.isEmpty() || m_kinds.only.contains(code)) && !m_kinds.except.contains(code);
}

EventListModel::Row EventListModel::rowFrom(const EventService::ListRow& list)
{
    return Row{list};
}

Status EventListModel::load(Services* services, const QDate& from, const QDate& to, const KindFilter& kinds)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_from = from;
    m_to = to;
    m_kinds = kinds;
    Status st;
    if (services) {
        const Result<QList<EventService::ListRow>> rows = EventService(*services).list(from, to);
        if (rows) {
            for (const EventService::ListRow& r : *rows)
                if (keeps(r)) {
                    m_index.insert(r.event.id, int(m_rows.size()));
                    m_rows << rowFrom(r);
                }
        } else {
            st = rows.status();
        }
    }
    endResetModel();
    return st;
}

Status EventListModel::refresh(Services& services, const QList<qint64>& ids)
{
    const Result<QList<EventService::ListRow>> rows = EventService(services).rowsOf(ids);
    if (!rows)
        return rows.status();
    QSet<qint64> seen;
    for (const EventService::ListRow& r : *rows) {
        seen.insert(r.event.id);
        const int i = rowOf(r.event.id);
        if (!keeps(r)) {
            if (i >= 0)
                removeAt(i);
        } else if (i >= 0) {
            m_rows[i] = rowFrom(r);
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            const int end = int(m_rows.size());
            beginInsertRows(QModelIndex(), end, end);
            m_index.insert(r.event.id, end);
            m_rows << rowFrom(r);
            endInsertRows();
        }
    }
    for (const qint64 id : ids)
        if (!seen.contains(id) && rowOf(id) >= 0)
            removeAt(rowOf(id));
    return Status::success();
}

void EventListModel::removeAt(int i)
{
    beginRemoveRows(QModelIndex(), i, i);
    m_index.remove(m_rows.at(i).list.event.id);
    m_rows.removeAt(i);
    for (int j = i; j < m_rows.size(); ++j)
        m_index[m_rows.at(j).list.event.id] = j;
    endRemoveRows();
}

const Event* EventListModel::event(qint64 id) const
{
    const int i = rowOf(id);
    return i < 0 ? nullptr : &m_rows.at(i).list.event;
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
    const Row& full = m_rows.at(index.row());
    const EventService::ListRow& row = full.list;
    if (role == EventIdRole || role == RecordPage::IdRole)
        return row.event.id;
    if (role == FoldingFilterProxy::SearchKeyRole)
        return full.list.searchKey;
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
