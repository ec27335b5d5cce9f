#pragma once

#include "Status.h"

#include <QAbstractTableModel>
#include <QDate>

class Services;

// The bodies a person sits or sat on: body, role, the organisation represented and the term
// (in wareki). Current seats first, ended ones after them in grey. Read-only.
class PersonMembershipModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BodyColumn, RoleColumn, RepresentsColumn, TermColumn, ColumnCount };

    explicit PersonMembershipModel(QObject* parent = nullptr);
    // personId 0 (or no database) empties the table; `today` decides which terms have ended.
    // One query; a failed read empties the table and is returned.
    Status load(Services* services, qint64 personId, const QDate& today = QDate::currentDate());

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString term(const QDate& from, const QDate& to);

private:
    struct Row
    {
        QString body;
        QString role;
        QString represents;
        QDate from;
        QDate to;
        bool ended = false;
    };
    QList<Row> m_rows;
};
