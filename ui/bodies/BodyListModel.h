#pragma once

#include "Result.h"
#include "Status.h"
#include "model/Body.h"
#include "pages/RecordRowsModel.h"
#include "service/Change.h"

#include <QDate>

class Services;

// One body as the list shows it, with the labels and keys the list sorts and searches by.
struct BodyListRow
{
    Body body;
    QString kind;
    QString reportsTo;
    int members = 0;
    QString searchKey;
    QString sortKey;
};

// Bodies (会議体) as a table: name, short name, kind, the body it reports to, current members,
// active. Searched by folded name and short name. Loaded once; then each committed change of a
// body or a membership touches only the rows it concerns.
class BodyListModel : public RecordRowsModel<BodyListRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        ReportsToColumn,
        MembersColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit BodyListModel(QObject* parent = nullptr);
    // Members count as current when their term covers `today` (MembershipTerms). Reads through
    // BodyService in a fixed number of queries; none and a failure when a read failed.
    Status load(Services* services, const QDate& today = QDate::currentDate());
    // Applies what a service committed: bodies inserted, updated or removed (and the bodies
    // that report to a renamed one), members counted again for a body whose seats changed. A
    // fixed number of queries, whatever the number of bodies.
    Status apply(Services& services, const Change& change);
    const Body* body(qint64 id) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const BodyListRow& row) const override { return row.body.id; }
    Keys keys(int row) const override
    {
        const BodyListRow& r = rowAt(row);
        return {r.body.id, r.body.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    Qt::Alignment alignment(int column) const override;

private:
    // Every body's row as the services have it now: 3 queries.
    Result<QList<BodyListRow>> read(Services& services) const;

    QDate m_today;
};
