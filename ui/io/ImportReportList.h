#pragma once

#include "io/ImportReport.h"

#include <QListWidget>
#include <QSet>

// The lines of an import's report, errors first (in red), then what would be added, updated or
// left unchanged; choosing a line says which row and field of the file it is about.
class ImportReportList : public QListWidget
{
    Q_OBJECT

public:
    explicit ImportReportList(QWidget* parent = nullptr);

    // Shows the report; returns the rows that have errors.
    QSet<int> show(const ImportReport& report);

signals:
    void rowChosen(int row, const QString& field);

private:
    void choose(QListWidgetItem* item);
};
