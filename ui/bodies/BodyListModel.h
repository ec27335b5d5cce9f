#pragma once

#include "Status.h"
#include "model/Body.h"
#include "pages/RecordListModel.h"

#include <QDate>

class Services;

// Bodies (会議体) as a table: name, short name, kind, the body it reports to, current members,
// active. Searched by folded name and short name.
class BodyListModel : public RecordListModel
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
    const Body* body(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Keys keys(int row) const override
    {
        const Row& r = m_rows.at(row);
        return {r.body.id, r.body.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    Qt::Alignment alignment(int column) const override;

private:
    struct Row
    {
        Body body;
        QString kind;
        QString reportsTo;
        int members = 0;
        QString searchKey;
        QString sortKey;
    };
    QList<Row> m_rows;
};
