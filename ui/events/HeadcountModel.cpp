#include "events/HeadcountModel.h"

#include "service/AttendanceService.h"

#include <QHash>

HeadcountModel::HeadcountModel(QObject* parent) : QAbstractTableModel(parent) {}

Status HeadcountModel::load(Services* services, qint64 eventId)
{
    beginResetModel();
    m_rows.clear();
    Status st;
    if (services && eventId) {
        const Result<QList<AttendanceService::HeadcountRow>> rows = AttendanceService(*services).headcountRows(eventId);
        if (rows) {
            for (const AttendanceService::HeadcountRow& r : *rows)
                m_rows << Row{r.professionId, r.profession, r.count};
        } else {
            st = rows.status();
        }
    }
    endResetModel();
    return st;
}

int HeadcountModel::count(qint64 professionId) const
{
    const int row = rowOfProfession(professionId);
    return row < 0 ? 0 : m_rows.at(row).count;
}

QString HeadcountModel::profession(qint64 professionId) const
{
    const int row = rowOfProfession(professionId);
    return row < 0 ? QString() : m_rows.at(row).profession;
}

int HeadcountModel::rowOfProfession(qint64 professionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).professionId == professionId)
            return i;
    return -1;
}

int HeadcountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeadcountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadcountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case ProfessionIdRole:
        return r.professionId;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
        return index.column() == CountColumn ? QVariant(r.count) : QVariant(r.profession);
    case Qt::DisplayRole:
        if (index.column() == ProfessionColumn)
            return r.profession;
        return r.count > 0 ? QVariant(r.count) : QVariant(QString());
    }
    return QVariant();
}

QVariant HeadcountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ProfessionColumn ? tr("Profession") : tr("Count");
}

Qt::ItemFlags HeadcountModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HeadcountModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != CountColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int count = value.toString().trimmed().isEmpty() ? 0 : value.toInt(&ok);
    if ((!ok && !value.toString().trimmed().isEmpty()) || count < 0)
        return false;
    if (count == m_rows.at(index.row()).count)
        return true;
    emit countRequested(m_rows.at(index.row()).professionId, count);
    return true;
}
