#pragma once

#include "report/ReportWriter.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPrinter;
class QPushButton;
class Session;

// 年度活動報告: the selected fiscal year's report to the regional medical council, previewed,
// printed, or saved as PDF, ODT (to edit the narrative) or HTML.
class ActivityReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityReportPanel(Session& session, QWidget* parent = nullptr);
    // Follows the session's fiscal year.
    void reload();

    ReportWriter::Format format() const;
    void setFormat(ReportWriter::Format format);
    // Asks for a file name (default: 令和6年度_活動報告.pdf in the last folder) and saves there.
    bool saveAs();
    void preview();
    void print();

signals:
    void saved(const QString& path);

private:
    std::optional<ActivityReport> build();
    void paint(QPrinter* printer);

    Session& m_session;
    QLabel* m_description;
    QButtonGroup* m_formats;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
};
