#pragma once

#include "Result.h"
#include "model/PersonListing.h"
#include "pages/RecordRowsModel.h"
#include "service/Change.h"

class Services;

// One person as the list shows them, with the keys the list sorts and searches by.
struct PersonListRow
{
    Person person;
    QString profession;
    QString professionSortKey;
    QString organisation;
    QString organisationSortKey;
    QString searchKey;
    QString sortKey;
};

// People as a table: name, reading, profession, organisation, department, title, active.
// Sorted by reading (五十音順); searched by folded name, reading and organisation. Loaded once;
// then each committed change of a person or an organisation touches only its rows.
class PersonListModel : public RecordRowsModel<PersonListRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ReadingColumn,
        ProfessionColumn,
        OrganisationColumn,
        DepartmentColumn,
        TitleColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit PersonListModel(QObject* parent = nullptr);
    // Everyone (nullptr: no one). A failed read leaves the list empty and is returned.
    Status load(Services* services);
    // Applies what a service committed: people inserted, updated or removed, organisations
    // renamed (their people's rows). One query per change, whatever the number of rows.
    Status apply(Services& services, const Change& change);
    const Person* person(qint64 id) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const PersonListRow& row) const override { return row.person.id; }
    Keys keys(int row) const override
    {
        const PersonListRow& r = rowAt(row);
        return {r.person.id, r.person.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    // `organisation`: the organisation's folded name (searched with the person).
    // An organisation's folded name (for the search) and its sort key, computed once per organisation.
    struct OrganisationKeys
    {
        QString folded, sortKey;
    };
    static OrganisationKeys organisationKeys(const PersonListing& listing);
    static PersonListRow makeRow(const PersonListing& listing, const OrganisationKeys& organisation);
    Status put(const Result<QList<PersonListing>>& rows, const QList<qint64>& ids);
};
