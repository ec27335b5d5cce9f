#pragma once

#include "Status.h"
#include "model/Body.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class Services;

// The form of one body (会議体). A field that was changed reports the whole record when the
// user leaves it; the page saves it as one undoable step.
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget* parent = nullptr);
    // Refills the kinds and the bodies one can belong or report to; a failure when a list could
    // not be read (the combo then offers none). Null: no council open.
    Status setLists(Services* services);
    void setBody(const std::optional<Body>& body);
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* parentCombo() const { return m_parent; }
    QComboBox* reportsToCombo() const { return m_reportsTo; }
    QCheckBox* activeCheck() const { return m_active; }

signals:
    void edited(const Body& before, const Body& after);

private:
    void commit();
    Body fromFields() const;
    // A body cannot belong or report to itself.
    void disableSelf(QComboBox* combo, qint64 id);

    Services* m_services = nullptr;
    std::optional<Body> m_body;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
    QComboBox* m_parent;
    QComboBox* m_reportsTo;
    QPlainTextEdit* m_note;
    QCheckBox* m_active;
    bool m_loading = false;
};
