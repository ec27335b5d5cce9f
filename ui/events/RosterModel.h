#pragma once

#include "attendance/EventRoster.h"
#include "model/CodeItem.h"

#include <QAbstractTableModel>
#include <optional>

#include "Status.h"

class Services;

// The attendance roster of one event as a table: EventRoster's entries (the organiser body's
// members listed in advance and everyone with an attendance row, grouped by organisation, in the
// order of the printed sign-in sheet) with status, role and substitute (a member's row shows the
// proxy row of whoever came in their place). Edits through setData are requests: the attendance
// tab saves them as undoable steps and reloads the model.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OrganisationColumn,
        ProfessionColumn,
        StatusColumn,
        RoleColumn,
        SubstituteColumn,
        ColumnCount
    };
    static constexpr int PersonIdRole = Qt::UserRole + 1;
    static constexpr int CodeIdRole = Qt::UserRole + 2; // the status or role id of the cell

    using Row = EventRoster::Entry;

    explicit RosterModel(QObject* parent = nullptr);
    // Loads the roster of `eventId`; an empty model without services or when the event is gone.
    // A failed read leaves the model empty and is returned.
    Status load(Services* services, qint64 eventId);
    // Reads the roster again (a fixed number of queries) and changes only the rows that differ;
    // resets only when people joined or left the roster.
    Status refresh(Services& services);
    qint64 eventId() const { return m_eventId; }
    const Row* row(int index) const;
    int rowOfPerson(qint64 personId) const;
    const QList<CodeItem>& statuses() const { return m_statuses; }
    const QList<CodeItem>& roles() const { return m_roles; }
    // The ids of 出席, 欠席, 代理出席, 未回答: the roster's keys 1–4 (AttendanceService::Codes).
    const QList<qint64>& keyedStatuses() const { return m_keyed; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void statusRequested(qint64 personId, qint64 statusId);
    void roleRequested(qint64 personId, qint64 roleId);
    void substituteRequested(qint64 personId, const QString& name);

private:
    QString codeLabel(const QList<CodeItem>& list, qint64 id) const;

    qint64 m_eventId = 0;
    QList<Row> m_rows;
    QList<CodeItem> m_statuses;
    QList<CodeItem> m_roles;
    QList<qint64> m_keyed;
};
