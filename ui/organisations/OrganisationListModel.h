#pragma once

#include "Status.h"
#include "model/PersonListing.h"
#include "pages/RecordRowsModel.h"
#include "service/Change.h"

class Services;

// One organisation as the list shows it.
struct OrganisationListRow
{
    Organisation org;
    QString category;
    QString searchKey;
    QString sortKey;
};

// Organisations as a table: name, reading, category, phone, active. Sorted by reading
// (五十音順), searched by folded name and reading. Loaded once; then each committed change
// touches only its rows.
class OrganisationListModel : public RecordRowsModel<OrganisationListRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ReadingColumn, CategoryColumn, PhoneColumn, ActiveColumn, ColumnCount };

    explicit OrganisationListModel(QObject* parent = nullptr);
    // Every organisation (nullptr: none). A failed read leaves the list empty and is returned.
    Status load(Services* services);
    // Applies what a service committed to organisations: one query per change.
    Status apply(Services& services, const Change& change);
    const Organisation* organisation(qint64 id) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const OrganisationListRow& row) const override { return row.org.id; }
    Keys keys(int row) const override
    {
        const OrganisationListRow& r = rowAt(row);
        return {r.org.id, r.org.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    static OrganisationListRow makeRow(const OrganisationListing& listing);
};
