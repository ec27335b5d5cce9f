#pragma once

#include "export/CountsExport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class Session;

// 参加者数の表計算出力: the selected fiscal year's participant counts for Excel — one workbook
// with every table, or one table as CSV in UTF-8 (with BOM) or CP932.
class CountsExportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CountsExportPanel(Session& session, QWidget* parent = nullptr);
    void reload();

    void setKind(CountsExport::Kind kind);
    void setFormat(CountsExport::Format format);
    // Asks for a file name (default: 令和6年度_参加者数.xlsx in the last folder) and saves there.
    bool saveAs();

signals:
    void saved(const QString& path);

private:
    static QString kindLabel(CountsExport::Kind kind);
    static QString fileLabel(CountsExport::Kind kind);

    Session& m_session;
    QLabel* m_description;
    QComboBox* m_kind;
    QComboBox* m_format;
    QPushButton* m_save;
};
