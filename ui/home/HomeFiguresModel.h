#pragma once

#include "report/YearFigures.h"

#include <QAbstractTableModel>

// The figures of the selected fiscal year and the one before it, one row per figure and one
// column per year, the year shown first.
class HomeFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row {
        MeetingsHeld,
        MeetingsPlanned,
        TrainingsHeld,
        TrainingsPlanned,
        Participants,
        DistinctParticipants,
        RowCount
    };
    enum Column { CurrentYear, PreviousYear, ColumnCount };

    explicit HomeFiguresModel(QObject* parent = nullptr);
    void setFigures(const YearFigures& current, const YearFigures& previous);
    void clear();
    int figure(Row row, Column column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const YearFigures& year(int column) const { return column == CurrentYear ? m_current : m_previous; }

    YearFigures m_current;
    YearFigures m_previous;
    bool m_loaded = false;
};
