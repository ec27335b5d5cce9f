#pragma once

#include "model/Organisation.h"
#include "pages/RecordListModel.h"

class Database;

// Organisations as a table: name, reading, category, phone, active. Sorted by reading
// (五十音順), searched by folded name and reading.
class OrganisationListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ReadingColumn, CategoryColumn, PhoneColumn, ActiveColumn, ColumnCount };

    explicit OrganisationListModel(QObject* parent = nullptr);
    void load(const Database* db);
    const Organisation* organisation(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Keys keys(int row) const override
    {
        const Row& r = m_rows.at(row);
        return {r.org.id, r.org.active, r.searchKey};
    }
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    struct Row
    {
        Organisation org;
        QString category;
        QString searchKey;
        QString sortKey;
    };
    QList<Row> m_rows;
};
