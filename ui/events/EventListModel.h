#pragma once

#include "Status.h"
#include "model/Event.h"
#include "service/EventService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <optional>

class Services;

// The events of one fiscal year, as a table: date (wareki), kind, title, organiser, venue,
// participants. Searched by folded title, theme, venue and organiser; the date sorts by day.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        TitleColumn,
        OrganiserColumn,
        VenueColumn,
        ParticipantsColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit EventListModel(QObject* parent = nullptr);

    // Event kind codes to keep (empty: all) and to leave out.
    struct KindFilter
    {
        QStringList only;
        QStringList except;
    };
    // Loads the events from `from` to `to` (EventService::list, a fixed number of queries); an
    // empty model when services is null. A failed read leaves the model empty and says why.
    Status load(Services* services, const QDate& from, const QDate& to, const KindFilter& kinds = {});
    const Event* event(qint64 id) const;
    int rowOf(qint64 id) const { return m_index.value(id, -1); }
    // Applies committed changes of events `ids` (read again in one go): rows that still belong
    // here are replaced in place or added, the others removed. No reset.
    Status refresh(Services& services, const QList<qint64>& ids);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        EventService::ListRow list;
    };
    bool keeps(const EventService::ListRow& row) const;
    static Row rowFrom(const EventService::ListRow& list);
    void removeAt(int i);

    QList<Row> m_rows;
    QHash<qint64, int> m_index; // event id → row
    QDate m_from, m_to;
    KindFilter m_kinds;
};
