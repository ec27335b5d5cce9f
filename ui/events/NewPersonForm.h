#pragma once

#include "Status.h"
#include "model/Person.h"

#include <QWidget>

class OrganisationCombo;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Services;
class Session;

// A person created on the spot, without leaving the tab: name, reading, profession,
// organisation (found by typing part of its name or reading; a name not in the list is added
// as a new organisation, its own undo step), and for lecturers their title. Enter in a field
// adds, Escape cancels.
class NewPersonForm : public QWidget
{
    Q_OBJECT

public:
    enum Fields { Basic, WithTitle };
    NewPersonForm(Session& session, Fields fields, QWidget* parent = nullptr);
    // Fills the profession and organisation lists; a list that cannot be read is returned.
    Status setServices(Services& services);
    // Shows the form with `name` filled in and the cursor where typing goes on.
    void start(const QString& name);
    void finish();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* readingEdit() const { return m_reading; }
    QComboBox* professionCombo() const { return m_profession; }
    OrganisationCombo* organisationCombo() const { return m_organisation; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* titleEdit() const { return m_title; }
    QPushButton* addButton() const { return m_add; }

signals:
    void submitted(const Person& person);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();
    qint64 addOrganisation(const QString& name);

    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_reading;
    QComboBox* m_profession;
    OrganisationCombo* m_organisation;
    qint64 m_unknownProfession = 0;
    QLineEdit* m_title;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_cancel;
};
