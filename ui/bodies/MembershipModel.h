#pragma once

#include "Status.h"
#include "model/Membership.h"
#include "service/BodyService.h"

#include <QAbstractTableModel>
#include <QDate>

class Services;

// The memberships of one body: who holds the seat (a person, an organisation, or a profession
// only), role, representing whom, term. Current members come first in role order (会長 first);
// past members follow, greyed, most recently ended first, or are left out.
class MembershipModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, RoleColumn, RepresentsColumn, FromColumn, ToColumn, NoteColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 102;
    static constexpr int PastRole = Qt::UserRole + 103;

    explicit MembershipModel(QObject* parent = nullptr);
    // Reads the seats of `bodyId` in one query (BodyService::seats); none and a failure when
    // that failed, none for no services or no body.
    Status load(Services* services, qint64 bodyId, bool showPast, const QDate& today = QDate::currentDate());
    const Membership* membership(qint64 id) const;
    // The row of membership `id`, -1 if it is not shown.
    int rowOf(qint64 id) const;
    int pastCount() const { return m_pastCount; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        BodyService::Seat seat;
        bool past = false;
    };
    static QString seatKind(BodyService::Seat::Holder holder);

    QList<Row> m_rows;
    int m_pastCount = 0;
};
