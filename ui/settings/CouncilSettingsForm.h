#pragma once

#include <QHash>
#include <QWidget>

class QLineEdit;

// The council's settings stored in the file: name, municipality, secretariat, report recipient. A field
// reports its change when the user leaves it; the page saves it as one undoable step.
class CouncilSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CouncilSettingsForm(QWidget* parent = nullptr);
    // Shows the stored `values` (SettingKey → text).
    void load(const QHash<QString, QString>& values);
    // Empty fields (no file is open).
    void clear();
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    static QString fieldName(const QString& key);

signals:
    void edited(const QString& key, const QString& before, const QString& after);

private:
    void commit(const QString& key);

    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QString> m_stored;
};
