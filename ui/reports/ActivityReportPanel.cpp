#include "reports/ActivityReportPanel.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "report/PagedDocument.h"
#include "reports/SaveLocation.h"
#include "service/ReportService.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ActivityReportPanel::ActivityReportPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_description(new QLabel(this)), m_formats(new QButtonGroup(this)),
      m_preview(new QPushButton(tr("Pre&view…"), this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_save(new QPushButton(tr("&Save as…"), this))
{
    m_description->setWordWrap(true);
    auto* formats = new QHBoxLayout;
    const QList<QPair<ReportWriter::Format, QString>> choices{
        {ReportWriter::Format::Pdf, tr("PDF (to hand in)")},
        {ReportWriter::Format::Docx, tr("DOCX (to edit in Word)")},
        {ReportWriter::Format::Odt, tr("ODT (to edit in LibreOffice)")},
        {ReportWriter::Format::Html, tr("HTML (web page)")}};
    for (const auto& [format, label] : choices) {
        auto* button = new QRadioButton(label, this);
        m_formats->addButton(button, int(format));
        formats->addWidget(button);
    }
    formats->addStretch();
    m_formats->button(int(ReportWriter::Format::Pdf))->setChecked(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_save);
    m_save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addLayout(formats);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, &ActivityReportPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &ActivityReportPanel::print);
    connect(m_save, &QPushButton::clicked, this, &ActivityReportPanel::saveAs);
}

void ActivityReportPanel::reload()
{
    m_description->setText(
        tr("The activity report of %1 to the regional medical council: organisation, meetings, trainings "
           "(date, cases and mini lectures, format, participants, lecturers), participants by profession and "
           "organisation, the three years side by side, and a chart. Text comes from the events as entered; "
           "the report is always in Japanese.")
            .arg(m_session.fiscalYear().label()));
    setEnabled(m_session.isOpen());
}

ReportWriter::Format ActivityReportPanel::format() const
{
    return ReportWriter::Format(m_formats->checkedId());
}

void ActivityReportPanel::setFormat(ReportWriter::Format format)
{
    m_formats->button(int(format))->setChecked(true);
}

std::optional<ActivityReport> ActivityReportPanel::build()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ActivityReport> report =
        ReportService(m_session.services()).activityReport(m_session.fiscalYear(), QDate::currentDate());
    QApplication::restoreOverrideCursor();
    if (!report) {
        Dialogs::showError(this, report.status());
        return std::nullopt;
    }
    return std::move(report).value();
}

bool ActivityReportPanel::saveAs()
{
    const ReportWriter::Format fmt = format();
    const QString suffix = ReportWriter::suffix(fmt);
    const QString name = tr("%1_activity_report.%2").arg(m_session.fiscalYear().label(), suffix);
    const QString path = SaveLocation::ask(this, tr("Save the activity report"), name,
                                           tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    const auto report = build();
    if (!report)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = ReportWriter::write(*report, fmt, path);
    QApplication::restoreOverrideCursor();
    if (!st) {
        Dialogs::showError(this, st);
        return false;
    }
    emit saved(path);
    return true;
}

void ActivityReportPanel::paint(QPrinter* printer)
{
    if (const auto report = build()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ReportWriter::print(*report, *printer);
        QApplication::restoreOverrideCursor();
    }
}

void ActivityReportPanel::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    PagedDocument::setUpPage(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Activity report of %1").arg(m_session.fiscalYear().label()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ActivityReportPanel::paint);
    dialog.resize(900, 1000);
    dialog.exec();
}

void ActivityReportPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    PagedDocument::setUpPage(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}
