#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

// The UI language (System / 日本語 / English), stored in QSettings and applied at next start.
class LanguageChooser : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageChooser(QWidget* parent = nullptr);
    QComboBox* combo() const { return m_combo; }

private:
    QComboBox* m_combo;
    QLabel* m_note;
};
