#pragma once

#include "io/ImportField.h"
#include "io/SourceTable.h"

#include <QAbstractTableModel>
#include <QSet>

// The rows of the file being imported, as the file has them, under headers that say what each
// column becomes ("所属 → organisation"); the row numbers are the file's, and rows with an error
// in the last dry run are marked.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSource(const SourceTable& source);
    void setMapping(const QStringList& labels); // what each column becomes, "" when ignored
    void setErrorRows(const QSet<int>& rows);
    const SourceTable& source() const { return m_source; }
    int columns() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    SourceTable m_source;
    QStringList m_labels;
    QSet<int> m_errorRows;
    int m_columns = 0; // the widest row's, counted once: views ask for it all the time
};
