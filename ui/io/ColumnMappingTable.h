#pragma once

#include "io/ImportField.h"
#include "io/SourceTable.h"

#include <QTableWidget>

// One line per column of the file to import: its header and letter (an example value in the
// tooltip) and a combo box with what it becomes — a field of the chosen kind, or "(ignore)" —
// preset from the headers (ImportTable::autoMapping).
class ColumnMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingTable(QWidget* parent = nullptr);

    void setColumns(const SourceTable& source, int columns, const QList<ImportField>& fields);
    QStringList mapping() const; // a field key or "" per column
    QStringList labels() const;  // what each column becomes, as shown; "" when ignored

signals:
    void mappingChanged();

private:
    QList<ImportField> m_fields;
};
