#pragma once

#include <QAbstractTableModel>

#include "Status.h"

class Services;

// Participants known only as a number, per profession, for one event: every active profession
// with its count (blank for none). Editing a count is a request: the attendance tab saves it as
// an undoable step and reloads the model.
class HeadcountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProfessionColumn, CountColumn, ColumnCount };
    static constexpr int ProfessionIdRole = Qt::UserRole + 1;

    explicit HeadcountModel(QObject* parent = nullptr);
    // Loads the headcounts of `eventId`; empty without services. A failed read is returned.
    Status load(Services* services, qint64 eventId);
    int count(qint64 professionId) const;
    // The profession's label as listed (empty when it is not).
    QString profession(qint64 professionId) const;
    int rowOfProfession(qint64 professionId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void countRequested(qint64 professionId, int count);

private:
    struct Row
    {
        qint64 professionId = 0;
        QString profession;
        int count = 0;
    };
    QList<Row> m_rows;
};
