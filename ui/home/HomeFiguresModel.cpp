#include "home/HomeFiguresModel.h"

#include <QFont>

HomeFiguresModel::HomeFiguresModel(QObject* parent) : QAbstractTableModel(parent) {}

void HomeFiguresModel::setFigures(const YearFigures& current, const YearFigures& previous)
{
    beginResetModel();
    m_current = current;
    m_previous = previous;
    m_loaded = true;
    endResetModel();
}

void HomeFiguresModel::clear()
{
    beginResetModel();
    m_current = YearFigures();
    m_previous = YearFigures();
    m_loaded = false;
    endResetModel();
}

int HomeFiguresModel::figure(Row row, Column column) const
{
    const YearFigures& y = year(column);
    switch (row) {
    case MeetingsHeld:
        return y.meetingsHeld;
    case MeetingsPlanned:
        return y.meetingsPlanned;
    case TrainingsHeld:
        return y.trainingsHeld;
    case TrainingsPlanned:
        return y.trainingsPlanned;
    case Participants:
        return y.participants;
    case DistinctParticipants:
        return y.distinctParticipants;
    case RowCount:
        break;
    }
    return 0;
}

int HomeFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_loaded ? 0 : RowCount;
}

int HomeFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HomeFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto row = Row(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(figure(row, column));
    case Qt::EditRole:
        return figure(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == CurrentYear) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (row == Participants)
            return tr("Every participation counted: a person who came three times counts three times; "
                      "headcounts included.");
        if (row == DistinctParticipants)
            return tr("Different named persons who took part; participants counted only by headcount "
                      "cannot be told apart and are not included.");
        break;
    }
    return QVariant();
}

QVariant HomeFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= ColumnCount)
            return QVariant();
        return m_loaded ? year(section).year.label() : QVariant();
    }
    switch (section) {
    case MeetingsHeld:
        return tr("Meetings held");
    case MeetingsPlanned:
        return tr("Meetings planned");
    case TrainingsHeld:
        return tr("Trainings held");
    case TrainingsPlanned:
        return tr("Trainings planned");
    case Participants:
        return tr("Participants (total)");
    case DistinctParticipants:
        return tr("Participants (distinct persons)");
    }
    return QVariant();
}
