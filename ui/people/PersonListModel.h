#pragma once

#include "model/Person.h"

#include <QAbstractTableModel>

class Database;

// People as a table: name, reading, profession, organisation, department, title, active.
// Sorted by reading (五十音順); searched by folded name, reading and organisation.
class PersonListModel : public QAbstractTableModel
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
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

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
    QVariant sortKey(const Row& row, int column) const;

    QList<Row> m_rows;
};
