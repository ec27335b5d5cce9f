#include "reports/ReportsPage.h"

#include "common/Session.h"
#include "reports/ActivityReportPanel.h"
#include "reports/CountsExportPanel.h"
#include "reports/SaveLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_report(new ActivityReportPanel(session, this)),
      m_counts(new CountsExportPanel(session, this)), m_lastSaved(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* reportBox = new QGroupBox(tr("Activity report to the regional medical council"), this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_report);

    auto* countsBox = new QGroupBox(tr("Participant counts for spreadsheets"), this);
    auto* countsLayout = new QVBoxLayout(countsBox);
    countsLayout->addWidget(m_counts);

    m_lastSaved->setWordWrap(true);
    m_lastSaved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_lastSaved->setOpenExternalLinks(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(reportBox);
    layout->addWidget(countsBox);
    layout->addWidget(m_lastSaved);
    layout->addStretch();

    connect(m_report, &ActivityReportPanel::saved, this, &ReportsPage::showSaved);
    connect(m_counts, &CountsExportPanel::saved, this, &ReportsPage::showSaved);
}

void ReportsPage::clear()
{
    m_heading->setText(tr("Reports and exports"));
    m_lastSaved->clear();
    m_report->reload();
    m_counts->reload();
}

void ReportsPage::reload()
{
    m_heading->setText(tr("Reports and exports — %1").arg(m_session.fiscalYear().label()));
    m_report->reload();
    m_counts->reload();
}

void ReportsPage::showSaved(const QString& path)
{
    SaveLocation::announce(this, path);
    const QFileInfo info(path);
    m_lastSaved->setText(tr("Saved %1 in <a href=\"%2\">%3</a>.")
                             .arg(info.fileName().toHtmlEscaped(),
                                  QUrl::fromLocalFile(info.absolutePath()).toString().toHtmlEscaped(),
                                  QDir::toNativeSeparators(info.absolutePath()).toHtmlEscaped()));
}
