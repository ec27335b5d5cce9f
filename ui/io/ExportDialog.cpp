#include "io/ExportDialog.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "io/RecordExport.h"
#include "service/ExportService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(new QComboBox(this)), m_format(new QComboBox(this)),
      m_file(new QLineEdit(this)), m_choose(new QPushButton(tr("&Choose..."), this)),
      m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_kind->setObjectName(QStringLiteral("exportKind"));
    for (const Importer::Kind k : Importer::kinds())
        m_kind->addItem(Importer::kindLabel(k), int(k));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(RecordExport::Format::Xlsx));
    m_format->addItem(tr("CSV, UTF-8 (Excel 2016 and later)"), int(RecordExport::Format::CsvUtf8));
    m_format->addItem(tr("CSV, Shift_JIS (older Excel)"), int(RecordExport::Format::CsvCp932));
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setMinimumWidth(360);
    m_choose->setObjectName(QStringLiteral("chooseExportFile"));
    m_export->setObjectName(QStringLiteral("runExport"));
    m_export->setDefault(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(tr("&Records:"), m_kind);
    form->addRow(tr("F&ormat:"), m_format);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* note = new QLabel(tr("The file has the same columns as an import, so it can be edited in Excel and "
                               "imported again."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChosen();
}

QString ExportDialog::suffix() const
{
    return RecordExport::Format(m_format->currentData().toInt()) == RecordExport::Format::Xlsx ? QStringLiteral("xlsx")
                                                                                               : QStringLiteral("csv");
}

// A file name that follows the kind and the format, in the folder chosen last (Documents at first).
void ExportDialog::formatChosen()
{
    const QFileInfo current(m_file->text());
    QString folder = m_file->text().isEmpty() ? Dialogs::startFolder() : current.absolutePath();
    if (!QFileInfo(folder).isDir())
        folder = Dialogs::startFolder();
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(m_kind->currentText() + u'.' + suffix())));
}

void ExportDialog::chooseFile()
{
    const QString filter = suffix() == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString path = Dialogs::saveFileName(this, tr("Export to"), QDir::fromNativeSeparators(m_file->text()), filter);
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
        m_confirmed = path;
    }
}

bool ExportDialog::exportNow()
{
    if (!m_session.isOpen())
        return false;
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        chooseFile();
        path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (path.isEmpty())
            return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix();
    // The suggested name (関係者.xlsx in Documents) may be a file the clerk keeps: never replace
    // it without asking, unless the file dialog has just asked.
    if (QFileInfo::exists(path) && path != m_confirmed
        && Dialogs::question(this, tr("Export"),
                             tr("\"%1\" already exists. Replace it with the export?").arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                             {{QMessageBox::Yes, tr("&Replace")}})
               != QMessageBox::Yes)
        return false;
    const auto kind = Importer::Kind(m_kind->currentData().toInt());
    int rows = 0;
    const Status st = ExportService(m_session.services()).write(kind, RecordExport::Format(m_format->currentData().toInt()), path, &rows);
    if (!st) {
        Dialogs::showError(this, st);
        return false;
    }
    emit exported(tr("Exported %n row(s) of %1 to %2", nullptr, rows).arg(m_kind->currentText(), QDir::toNativeSeparators(path)));
    accept();
    return true;
}
