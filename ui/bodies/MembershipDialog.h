#pragma once

#include "Status.h"
#include "model/Membership.h"

#include <QDialog>

class PersonPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class Services;

// Adds or edits one seat on a body: held by a person (picked by typing), an organisation, or
// described by profession only; role, representing which organisation, term, note. Dates are
// typed in any form DateParser reads and shown back in wareki. OK checks the entries and stays
// open, saying what is wrong, until they are right.
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    enum Seat { PersonSeat, OrganisationSeat, ProfessionSeat };

    MembershipDialog(Services& services, const Membership& membership, QWidget* parent = nullptr);
    Membership membership() const { return m_membership; }
    // Whether its pick lists could be read; the caller shows a failure instead of the dialog.
    Status loaded() const { return m_loaded; }

    QComboBox* seatCombo() const { return m_seat; }
    PersonPicker* personPicker() const { return m_person; }
    QComboBox* organisationCombo() const { return m_organisation; }
    QComboBox* professionCombo() const { return m_profession; }
    QComboBox* roleCombo() const { return m_role; }
    QComboBox* representsCombo() const { return m_represents; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void showSeat(int seat);
    void personChosen(qint64 id);
    void showDate(QLineEdit* edit);
    void fail(const QString& message, QWidget* field);

    Services& m_services;
    Status m_loaded;
    Membership m_membership;
    QComboBox* m_seat;
    QStackedWidget* m_member;
    PersonPicker* m_person;
    QComboBox* m_organisation;
    QComboBox* m_profession;
    QComboBox* m_role;
    QComboBox* m_represents;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLineEdit* m_note;
    QLabel* m_memberLabel;
    QLabel* m_error;
};
