#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;

// Asks for the last day of a term (today unless the user types another date, in any form
// DateParser reads). The last day still belongs to the term (MembershipTerms): a term ended
// today keeps the member current today, as the roster, the sign-in sheet and the report count
// them; from the next day the row stays on the body as a past member.
class EndTermDialog : public QDialog
{
    Q_OBJECT

public:
    EndTermDialog(const QString& member, const QDate& termFrom, const QDate& today,
                  QWidget* parent = nullptr);
    QDate date() const { return m_date; }
    QLineEdit* dateEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    QDate m_termFrom;
    QDate m_date;
    QLineEdit* m_edit;
    QLabel* m_error;
};
