#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

// A read-only table of a person's history, one row per event: the event's date in wareki in
// the first column, texts in the others; the full date and each text are also the tooltip.
class PersonHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int EventIdRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex& parent = QModelIndex()) const final;
    int columnCount(const QModelIndex& parent = QModelIndex()) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;

protected:
    struct Row
    {
        qint64 eventId = 0;
        QDate date;
        QStringList texts; // of the columns after the date
    };
    PersonHistoryModel(int columnCount, QObject* parent);
    // Replaces the rows, newest event first (stable: rows of one day keep their order).
    void setRows(QList<Row> rows);

private:
    int m_columnCount;
    QList<Row> m_rows;
};
