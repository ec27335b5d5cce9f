#pragma once

#include "Status.h"
#include "model/Organisation.h"

#include <QWidget>
#include <optional>

class Services;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// The form of one organisation. A field that was changed reports the whole record when the
// user leaves it (Enter, Tab, click elsewhere); the page saves it as one undoable step.
class OrganisationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationEditor(QWidget* parent = nullptr);
    // A failure when the categories could not be read (the combo then offers none).
    Status setCategories(Services& services);
    void setOrganisation(const std::optional<Organisation>& org);
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void edited(const Organisation& before, const Organisation& after);

private:
    void commit();
    Organisation fromFields() const;

    std::optional<Organisation> m_org;
    QLineEdit* m_name;
    QLineEdit* m_reading;
    QComboBox* m_category;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QPlainTextEdit* m_note;
    QCheckBox* m_active;
    bool m_loading = false;
};
