#pragma once

#include "model/Person.h"
#include "pages/RecordListModel.h"

class Database;

// People as a table: name, reading, profession, organisation, department, title, active.
// Sorted by reading (五十音順); searched by folded name, reading and organisation.
class PersonListModel : public RecordListModel
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
    void load(const Database* db);
    const Person* person(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Keys keys(int row) const override
    {
        const Row& r = m_rows.at(row);
        return {r.person.id, r.person.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    struct Row
    {
        Person person;
        QString profession;
        QString professionSortKey;
        QString organisation;
        QString organisationSortKey;
        QString searchKey;
        QString sortKey;
    };
    QList<Row> m_rows;
};
