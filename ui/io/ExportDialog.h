#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class Session;

// File > Export…: organisations, people, events or attendance in the import's columns, as an
// Excel workbook or CSV (UTF-8 for today's Excel, Shift_JIS for older), so that the file can be
// edited and imported again.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Session& session, QWidget* parent = nullptr);

    // Writes the file; on success emits exported() and closes.
    bool exportNow();

signals:
    void exported(const QString& summary);

private:
    void chooseFile();
    void formatChosen();
    QString suffix() const;

    Session& m_session;
    QComboBox* m_kind;
    QComboBox* m_format;
    QLineEdit* m_file;
    QString m_confirmed; // the path the file dialog already asked about replacing
    QPushButton* m_choose;
    QPushButton* m_export;
};
