#pragma once

#include "model/Event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <optional>

class Database;

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
    // Loads the events from `from` to `to` of `db`; an empty model when db is null.
    void load(const Database* db, const QDate& from, const QDate& to, const KindFilter& kinds = {});
    const Event* event(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Event event;
        QString kind;
        QString organiser;
        std::optional<int> participants;
        QString searchKey;
    };
    QList<Row> m_rows;
};
