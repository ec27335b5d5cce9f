#pragma once

#include "model/Person.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A person created on the spot, without leaving the tab: name, reading, profession,
// organisation, and for lecturers their title. Enter in a field adds, Escape cancels.
class NewPersonForm : public QWidget
{
    Q_OBJECT

public:
    enum Fields { Basic, WithTitle };
    explicit NewPersonForm(Fields fields, QWidget* parent = nullptr);
    void setDatabase(const Database& db);
    // Shows the form with `name` filled in and the cursor where typing goes on.
    void start(const QString& name);
    void finish();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* readingEdit() const { return m_reading; }
    QComboBox* professionCombo() const { return m_profession; }
    QComboBox* organisationCombo() const { return m_organisation; }
    QLineEdit* titleEdit() const { return m_title; }
    QPushButton* addButton() const { return m_add; }

signals:
    void submitted(const Person& person);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();

    QLineEdit* m_name;
    QLineEdit* m_reading;
    QComboBox* m_profession;
    QComboBox* m_organisation;
    QLineEdit* m_title;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_cancel;
};
