#include "io/ColumnMappingTable.h"

#include "io/ImportTable.h"

#include <QComboBox>
#include <QHeaderView>

ColumnMappingTable::ColumnMappingTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importMapping"));
    setColumnCount(2);
    setHorizontalHeaderLabels({tr("Column in the file"), tr("Becomes")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ColumnMappingTable::setColumns(const SourceTable& source, int columns, const QList<ImportField>& fields)
{
    m_fields = fields;
    const QStringList guessed = ImportTable::autoMapping(source.header, fields);
    setRowCount(0);
    setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        const QString written = source.header.value(c).trimmed();
        auto* item = new QTableWidgetItem(written.isEmpty() ? tr("Column %1").arg(source.columnLabel(c))
                                                            : tr("%1 (%2)").arg(written, source.columnLabel(c)));
        QString sample;
        for (const QStringList& row : source.rows)
            if (!(sample = row.value(c).trimmed()).isEmpty())
                break;
        item->setToolTip(sample.isEmpty() ? tr("No values in this column.") : tr("For example: %1").arg(sample));
        setItem(c, 0, item);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping%1").arg(c));
        combo->addItem(tr("(ignore)"), QString());
        for (const ImportField& f : fields)
            combo->addItem(f.required ? tr("%1 (required)").arg(f.label()) : f.label(), f.key);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingTable::mappingChanged);
        setCellWidget(c, 1, combo);
    }
    resizeColumnToContents(1);
    emit mappingChanged();
}

QStringList ColumnMappingTable::mapping() const
{
    QStringList keys;
    for (int c = 0; c < rowCount(); ++c)
        keys << static_cast<QComboBox*>(cellWidget(c, 1))->currentData().toString();
    return keys;
}

QStringList ColumnMappingTable::labels() const
{
    QStringList labels;
    for (const QString& key : mapping()) {
        const auto field = std::find_if(m_fields.begin(), m_fields.end(), [&key](const ImportField& f) { return f.key == key; });
        labels << (field == m_fields.end() ? QString() : field->label());
    }
    return labels;
}
