#pragma once

#include "Status.h"
#include "model/Membership.h"
#include "pages/SyncedTableModel.h"
#include "service/BodyService.h"
#include "service/Change.h"

#include <QDate>

class Services;

// The memberships of one body: who holds the seat (a person, an organisation, or a profession
// only), role, representing whom, term. Current members come first in role order (会長 first);
// past members follow, greyed, most recently ended first, or are left out.
class MembershipModel : public SyncedTableModel
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
    // Applies committed membership changes of the body shown: only their rows are inserted,
    // moved (a term ended), repainted or removed, read in one query (BodyService::seatsByIds).
    Status apply(Services& services, const Change& change);
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
    // Current members first in role order (会長 first), then past ones, latest ended first.
    static void sortRows(QList<Row>& rows);
    QList<Row> shown(const QList<Row>& all) const;

    qint64 m_bodyId = 0;
    bool m_showPast = true;
    QDate m_today;
    QList<Row> m_all; // every seat of the body, also past ones not shown
    QList<Row> m_rows;
    int m_pastCount = 0;
};
