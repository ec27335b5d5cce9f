#pragma once

#include "model/Person.h"

#include <QWidget>
#include <optional>

class Services;
class OrganisationCombo;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// The form of one person. A changed field reports the whole record when the user leaves it
// (Enter, Tab, click elsewhere) or picks from a list; the page saves it as one undoable step.
class PersonEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonEditor(QWidget* parent = nullptr);
    // Fills the profession and organisation lists; call before setPerson after data changed.
    // nullptr (no file open) empties them.
    void setServices(Services* services);
    // The organisation list read again (an organisation added, renamed or deactivated).
    void reloadOrganisations();
    void setPerson(const std::optional<Person>& person);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* readingEdit() const { return m_reading; }
    QLineEdit* departmentEdit() const { return m_department; }
    QComboBox* professionCombo() const { return m_profession; }
    OrganisationCombo* organisationCombo() const { return m_organisation; }
    QCheckBox* activeCheck() const { return m_active; }

signals:
    void edited(const Person& before, const Person& after);

private:
    void fillProfessions(bool force = false);
    void selectProfession(qint64 id);
    void commit();
    Person fromFields() const;

    Services* m_services = nullptr;
    std::optional<Person> m_person;
    QLineEdit* m_name;
    QLineEdit* m_reading;
    QComboBox* m_profession;
    OrganisationCombo* m_organisation;
    QLineEdit* m_department;
    QLineEdit* m_title;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_note;
    QCheckBox* m_active;
    QString m_professionSignature;
    bool m_loading = false;
};
