#pragma once

#include <QAbstractTableModel>
#include <QDate>

class Database;

// A person's attendance history, newest first: the event's date (in wareki) and title, the
// status and role, and the profession and organisation the person had at the event. Read-only.
class PersonAttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        StatusColumn,
        RoleColumn,
        ProfessionColumn,
        OrganisationColumn,
        ColumnCount
    };
    static constexpr int EventIdRole = Qt::UserRole + 1;

    explicit PersonAttendanceModel(QObject* parent = nullptr);
    // personId 0 (or no database) empties the table.
    void load(const Database* db, qint64 personId);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 eventId = 0;
        QDate date;
        QString title;
        QString status;
        QString role;
        QString profession;
        QString organisation;
    };
    QList<Row> m_rows;
};
