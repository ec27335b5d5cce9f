#pragma once

#include "Status.h"
#include "io/ImportReport.h"
#include "io/Importer.h"

#include <QDialog>

#include <optional>

class ColumnMappingTable;
class ImportJob;
class ImportReportList;
class ImportPreviewModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Session;

// File > Import…: a CSV file or a sheet of an .xlsx workbook, the kind of records it holds
// (guessed from its header), each column's meaning (guessed, adjustable, or ignored), the rows,
// then a dry run that reports row by row (clicking a line shows its row) and the import itself:
// all or nothing, one undo step, off the GUI thread with progress and Cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    bool loadFile(const QString& path);
    bool isBusy() const;
    // The one-line outcome of the last import ("Imported 30 people from …"), for the status bar.
    QString lastSummary() const { return m_summary; }

signals:
    void imported(const QString& summary);

protected:
    void reject() override;

private:
    enum class Step { DryRun, Import };
    void chooseFile();
    void loadSheet();
    void kindChosen();
    void fillMapping();
    void mappingChanged();
    QStringList mapping() const;
    void run(Step step);
    void finished(const ImportReport& report, const Status& status);
    void apply(const ImportReport& report); // one undo step
    static QString counts(const ImportReport& report);
    qint64 dataVersion() const;
    void showReport(const ImportReport& report, const QString& summary, bool failed);
    void showRow(int row, const QString& field);
    void setBusy(bool busy);
    void clearReport();
    Importer::Kind kind() const;

    Session& m_session;
    QString m_path;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_sheet;
    QLabel* m_sheetLabel;
    QComboBox* m_kind;
    ColumnMappingTable* m_mapping;
    QTableView* m_preview;
    ImportPreviewModel* m_model;
    QLabel* m_summaryLabel;
    ImportReportList* m_report;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_dryRun;
    QPushButton* m_import;
    QPushButton* m_close;
    ImportJob* m_job = nullptr;
    Step m_step = Step::DryRun;
    QString m_summary;
    QString m_readyText; // what the summary says before a run: the rows found, or how to start
    std::optional<ImportReport> m_tried; // the last clean dry run, while nothing has changed since
    qint64 m_triedVersion = -1;
    bool m_imported = false; // these rows, with this kind and mapping, are in the database
};
