#include "reports/CountsExportPanel.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "reports/SaveLocation.h"
#include "service/ReportService.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CountsExportPanel::CountsExportPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_description(new QLabel(this)), m_kind(new QComboBox(this)),
      m_format(new QComboBox(this)), m_save(new QPushButton(tr("Save &counts as…"), this))
{
    m_description->setWordWrap(true);
    for (CountsExport::Kind kind : CountSheetBuilder::kinds())
        m_kind->addItem(kindLabel(kind), int(kind));
    m_format->addItem(tr("Excel workbook (.xlsx, every table)"), int(CountsExport::Format::Xlsx));
    m_format->addItem(tr("CSV, UTF-8 (Excel 2016 and later)"), int(CountsExport::Format::CsvUtf8));
    m_format->addItem(tr("CSV, Shift_JIS (CP932, older Excel)"), int(CountsExport::Format::CsvCp932));

    auto* form = new QFormLayout;
    form->addRow(tr("&Table:"), m_kind);
    form->addRow(tr("Fo&rmat:"), m_format);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CountsExportPanel::saveAs);
}

QString CountsExportPanel::fileLabel(CountsExport::Kind kind)
{
    switch (kind) {
    case CountsExport::Kind::EventProfession:
        return tr("by_event_and_profession");
    case CountsExport::Kind::Profession:
        return tr("by_profession");
    case CountsExport::Kind::ProfessionGroup:
        return tr("by_profession_group");
    case CountsExport::Kind::Organisation:
        return tr("by_organisation");
    case CountsExport::Kind::Event:
        return tr("events");
    }
    return QString();
}

QString CountsExportPanel::kindLabel(CountsExport::Kind kind)
{
    switch (kind) {
    case CountsExport::Kind::EventProfession:
        return tr("Each event by profession (cross table with totals)");
    case CountsExport::Kind::Profession:
        return tr("By profession");
    case CountsExport::Kind::ProfessionGroup:
        return tr("By profession group");
    case CountsExport::Kind::Organisation:
        return tr("By organisation");
    case CountsExport::Kind::Event:
        return tr("Event list with counts");
    }
    return QString();
}

void CountsExportPanel::reload()
{
    m_description->setText(tr("How many took part in %1, to open in Excel. The counts can be added up as "
                              "they are, and names are shown exactly as typed. An Excel workbook (.xlsx) "
                              "has every table, each on its own sheet; a CSV file has the one table you "
                              "choose.")
                               .arg(m_session.fiscalYear().label()));
    setEnabled(m_session.isOpen());
}

void CountsExportPanel::setKind(CountsExport::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void CountsExportPanel::setFormat(CountsExport::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool CountsExportPanel::saveAs()
{
    const auto kind = CountsExport::Kind(m_kind->currentData().toInt());
    const auto format = CountsExport::Format(m_format->currentData().toInt());
    const bool xlsx = format == CountsExport::Format::Xlsx;
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString name = xlsx ? tr("%1_participants.xlsx").arg(m_session.fiscalYear().label())
                              : tr("%1_participants_%2.csv").arg(m_session.fiscalYear().label(), fileLabel(kind));
    const QString path = SaveLocation::ask(this, tr("Save the participant counts"), name,
                                           xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = ReportService(m_session.services()).writeCounts(m_session.fiscalYear(), kind, format, path);
    QApplication::restoreOverrideCursor();
    if (!st) {
        Dialogs::showError(this, st);
        return false;
    }
    emit saved(path);
    return true;
}
