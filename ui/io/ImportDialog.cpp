#include "io/ImportDialog.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "io/ColumnMappingTable.h"
#include "io/ImportJob.h"
#include "io/ImportReportList.h"
#include "io/ImportPreviewModel.h"
#include "service/ImportService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int MaxColumnWidth = 260;
// An import that writes more rows than this makes every page read again: applying thousands of
// records one by one to the lists would take longer than reading them.
constexpr int RowByRowLimit = 2000;
} // namespace

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_file(new QLineEdit(this)), m_choose(new QPushButton(tr("&Choose File..."), this)),
      m_sheet(new QComboBox(this)), m_sheetLabel(new QLabel(tr("&Sheet:"), this)), m_kind(new QComboBox(this)),
      m_mapping(new ColumnMappingTable(this)), m_preview(new QTableView(this)), m_model(new ImportPreviewModel(this)),
      m_summaryLabel(new QLabel(this)), m_report(new ImportReportList(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_dryRun(new QPushButton(tr("&Dry Run"), this)),
      m_import(new QPushButton(tr("&Import"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file (UTF-8 or Shift_JIS) or an Excel workbook (.xlsx)"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setMinimumContentsLength(12);
    m_sheetLabel->setBuddy(m_sheet);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const Importer::Kind k : Importer::kinds())
        m_kind->addItem(Importer::kindLabel(k), int(k));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_summaryLabel->setObjectName(QStringLiteral("importSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_import->setObjectName(QStringLiteral("runImport"));
    m_close->setObjectName(QStringLiteral("closeImport"));
    m_dryRun->setDefault(true); // Enter tries; importing takes a deliberate click or Alt+I
    m_dryRun->setToolTip(tr("Check every row and report what would be added, updated or skipped; nothing is written."));
    m_import->setToolTip(tr("Import every row, or nothing if a row has a problem. Edit > Undo takes the whole import back."));

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_choose);
    auto* kindLabel = new QLabel(tr("&Records:"), this);
    kindLabel->setBuddy(m_kind);
    auto* top = new QGridLayout;
    top->addWidget(fileLabel, 0, 0);
    top->addWidget(m_file, 0, 1, 1, 3);
    top->addWidget(m_choose, 0, 4);
    top->addWidget(m_sheetLabel, 1, 0);
    top->addWidget(m_sheet, 1, 1);
    top->addWidget(kindLabel, 1, 2, Qt::AlignRight);
    top->addWidget(m_kind, 1, 3);
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 1);

    auto* columnsBox = new QGroupBox(tr("Columns"), this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_mapping);
    auto* rowsBox = new QGroupBox(tr("Rows"), this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_preview);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 770});

    auto* reportBox = new QGroupBox(tr("Report"), this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_summaryLabel);
    reportLayout->addWidget(m_report);
    m_report->setMinimumHeight(90);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    vertical->addWidget(reportBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({400, 200});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_mapping, &ColumnMappingTable::mappingChanged, this, &ImportDialog::mappingChanged);
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::loadSheet);
    connect(m_kind, &QComboBox::activated, this, &ImportDialog::kindChosen);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { run(Step::DryRun); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(Step::Import); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_report, &ImportReportList::rowChosen, this, &ImportDialog::showRow);

    setBusy(false);
    m_readyText = tr("Choose a CSV file or an Excel workbook (.xlsx) of organisations, people, events or attendance. "
                     "The first row must name the columns.");
    m_summaryLabel->setText(m_readyText);
    m_sheet->setEnabled(false);
    m_sheetLabel->setEnabled(false);
    const QRect screen = (parent ? parent->screen() : QApplication::primaryScreen())->availableGeometry();
    resize(std::min(1180, screen.width() - 40), std::min(700, screen.height() - 60));
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isBusy() const
{
    return m_job != nullptr;
}

Importer::Kind ImportDialog::kind() const
{
    return Importer::Kind(m_kind->currentData().toInt());
}

void ImportDialog::chooseFile()
{
    QString folder = m_path.isEmpty() ? Dialogs::startFolder() : QFileInfo(m_path).absolutePath();
    if (!QFileInfo(folder).isDir())
        folder = Dialogs::startFolder();
    const QString path = Dialogs::openFileName(this, tr("Import a file"), folder,
                                               tr("Excel workbooks and CSV files (*.xlsx *.csv *.txt);;Excel workbooks "
                                                  "(*.xlsx);;CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString& path)
{
    m_path = path;
    m_imported = false;
    m_readyText.clear();
    m_file->setText(QDir::toNativeSeparators(path));
    m_sheet->clear();
    clearReport();
    QString error;
    const auto sheets = SourceTable::sheetNames(path, &error);
    const bool workbook = sheets && !sheets->isEmpty();
    m_sheet->setEnabled(workbook);
    m_sheetLabel->setEnabled(workbook);
    if (!sheets) {
        m_model->setSource(SourceTable());
        fillMapping();
        showReport({}, error, true);
        return false;
    }
    m_sheet->addItems(*sheets);
    // A workbook often starts with a cover or notes: open on the first sheet whose header names
    // known columns.
    for (int i = 0; i < sheets->size(); ++i) {
        QStringList ignored;
        const auto candidate = SourceTable::read(path, sheets->at(i), &ignored);
        if (candidate && Importer::guessKind(candidate->header)) {
            m_sheet->setCurrentIndex(i);
            break;
        }
    }
    loadSheet();
    return m_model->rowCount() > 0 || !m_model->source().header.isEmpty();
}

void ImportDialog::loadSheet()
{
    m_imported = false;
    clearReport();
    QStringList errors;
    const auto source = SourceTable::read(m_path, m_sheet->currentText(), &errors);
    m_model->setSource(source.value_or(SourceTable()));
    if (!source) {
        fillMapping();
        showReport({}, errors.join(u'\n'), true);
        return;
    }
    if (const auto guessed = Importer::guessKind(source->header))
        m_kind->setCurrentIndex(m_kind->findData(int(*guessed)));
    fillMapping();
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_preview->columnWidth(c) > MaxColumnWidth)
            m_preview->setColumnWidth(c, MaxColumnWidth);
    const QString from = source->isWorkbook() ? source->place() : tr("%1 (%2)").arg(source->place(), source->description);
    m_readyText = tr("%n row(s) to import from %1. Check what each column becomes, then try a dry run.", nullptr,
                     m_model->rowCount())
                      .arg(from);
    m_summaryLabel->setText(m_readyText);
}

void ImportDialog::kindChosen()
{
    m_imported = false;
    clearReport();
    fillMapping();
}

void ImportDialog::fillMapping()
{
    m_mapping->setColumns(m_model->source(), m_model->columns(), Importer::fields(kind()));
}

QStringList ImportDialog::mapping() const
{
    return m_mapping->mapping();
}

void ImportDialog::mappingChanged()
{
    m_model->setMapping(m_mapping->labels());
    m_imported = false;
    clearReport();
}

void ImportDialog::run(Step step)
{
    if (m_job || m_model->source().header.isEmpty() || !m_session.isOpen())
        return;
    // After a clean dry run of the same rows, with nothing written to the file since, importing
    // applies what the dry run recorded: no second pass over the rows.
    if (step == Step::Import && m_tried && m_triedVersion == dataVersion()) {
        const ImportReport tried = *m_tried;
        m_step = step;
        clearReport();
        apply(tried);
        return;
    }
    clearReport();
    m_step = step;
    m_job = new ImportJob({m_session.path(), kind(), m_model->source(), mapping()}, this);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::finished);
    m_progress->setMaximum(std::max(1, m_model->rowCount()));
    m_progress->setValue(0);
    setBusy(true);
    m_job->start();
}

void ImportDialog::finished(const ImportReport& report, const Status& status)
{
    m_job->deleteLater();
    m_job = nullptr;
    setBusy(false);
    const QString file = m_model->source().place();
    if (report.cancelled) {
        showReport({}, tr("Cancelled; nothing was written."), false);
        return;
    }
    if (!status && m_step == Step::DryRun && !report.errors.isEmpty()) {
        showReport(report,
                   tr("Dry run of %1: %2 Nothing was written. Fix the rows in red (click a line to see its row), "
                      "or change what a column becomes, and try again.")
                       .arg(file, counts(report)),
                   true);
        return;
    }
    if (!status) {
        showReport(report, status.message() + u' ' + counts(report), true);
        return;
    }
    if (m_step == Step::DryRun) {
        showReport(report, tr("Dry run of %1: %2 Nothing was written.").arg(file, counts(report)), false);
        m_tried = report;
        m_triedVersion = dataVersion();
        return;
    }
    apply(report);
}

QString ImportDialog::counts(const ImportReport& report)
{
    return tr("added: %1; %2 updated, %3 unchanged, %4 with errors.")
        .arg(report.addedByKind())
        .arg(report.updated.size())
        .arg(report.skipped.size())
        .arg(report.errors.size());
}

qint64 ImportDialog::dataVersion() const
{
    // -2 never equals a version read: after a failed read the dry run is not trusted.
    return ImportService(m_session.services()).dataVersion().valueOr(-2);
}

void ImportDialog::apply(const ImportReport& report)
{
    const QString file = m_model->source().place();
    const ChangeSet changes = report.changes;
    Services* services = &m_session.services();
    const bool rows = changes.rows().size() <= RowByRowLimit;
    if (!changes.isEmpty()) {
        const QString what = tr("Import of %1 (added: %2; %3 updated)").arg(file, report.addedByKind()).arg(report.updated.size());
        if (!m_session.edit(what, [services, changes, rows] { return ImportService(*services).apply(changes, rows); },
                            [services, changes, rows] { return ImportService(*services).revert(changes, rows); })) {
            showReport(report, tr("The import of %1 failed; nothing was written.").arg(file), true);
            return;
        }
    }
    m_summary = tr("Imported %1 from %2: %3").arg(Importer::kindLabel(kind()), file, counts(report));
    // Pressing Import again would import the same rows a second time: wait for another file,
    // sheet, kind or mapping.
    m_imported = true;
    setBusy(false);
    showReport(report, m_summary + (changes.isEmpty() ? QString() : u' ' + tr("Edit > Undo takes it back.")), false);
    emit imported(m_summary);
}

void ImportDialog::showReport(const ImportReport& report, const QString& summary, bool failed)
{
    m_summaryLabel->setText(summary);
    m_summaryLabel->setStyleSheet(failed ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_model->setErrorRows(m_report->show(report));
}

void ImportDialog::showRow(int row, const QString& field)
{
    if (row >= m_model->rowCount())
        return;
    const int column = std::max(0, int(mapping().indexOf(field)));
    const QModelIndex index = m_model->index(row, column);
    m_preview->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_preview->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_choose, m_sheet, m_kind, m_mapping, m_dryRun, m_import})
        w->setEnabled(!busy && (w != m_sheet || m_sheet->count() > 0));
    const bool loaded = !m_model->source().header.isEmpty();
    m_dryRun->setEnabled(!busy && loaded);
    m_import->setEnabled(!busy && loaded && !m_imported);
    if (busy)
        m_cancel->setFocus();
}

void ImportDialog::clearReport()
{
    m_report->clear();
    m_summaryLabel->setText(m_readyText);
    m_summaryLabel->setStyleSheet(QString());
    m_model->setErrorRows({});
    m_tried.reset();
    setBusy(m_job != nullptr);
}

void ImportDialog::reject()
{
    if (m_job) {
        m_job->cancel(); // Cancel writes nothing; the job stops within a row
        return;
    }
    QDialog::reject();
}
