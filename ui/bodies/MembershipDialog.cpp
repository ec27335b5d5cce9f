#include "bodies/MembershipDialog.h"

#include "bodies/BodyPickLists.h"
#include "bodies/MembershipTerm.h"
#include "bodies/PersonPicker.h"
#include "common/Dialogs.h"
#include "domain/Codes.h"
#include "service/PeopleService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

MembershipDialog::MembershipDialog(Services& services, const Membership& membership, QWidget* parent)
    : QDialog(parent), m_services(services), m_membership(membership), m_seat(new QComboBox(this)),
      m_member(new QStackedWidget(this)), m_person(new PersonPicker(this)),
      m_organisation(new QComboBox(this)), m_profession(new QComboBox(this)), m_role(new QComboBox(this)),
      m_represents(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_memberLabel(new QLabel(tr("&Member:"), this)), m_error(new QLabel(this))
{
    setWindowTitle(membership.id ? tr("Edit member") : tr("Add member"));
    m_seat->addItem(tr("A person"), int(PersonSeat));
    m_seat->addItem(tr("An organisation"), int(OrganisationSeat));
    m_seat->addItem(tr("A profession only (composition)"), int(ProfessionSeat));
    m_member->addWidget(m_person);
    m_member->addWidget(m_organisation);
    m_member->addWidget(m_profession);
    m_loaded = m_person->setServices(&services);
    m_person->setMinimumWidth(m_person->fontMetrics().horizontalAdvance(QString(22, QChar(0x3042))));
    for (const Status& st :
         {BodyPickLists::fillOrganisations(m_organisation, services, membership.organisationId),
          BodyPickLists::fillCodes(m_profession, services, CodeList::Profession, membership.professionId),
          BodyPickLists::fillCodes(m_role, services, CodeList::MembershipRole, membership.roleId,
                                   tr("(none)")),
          BodyPickLists::fillOrganisations(m_represents, services, membership.representsId, tr("(none)"))})
        if (m_loaded && !st)
            m_loaded = st;
    for (QLineEdit* date : {m_from, m_to}) {
        date->setPlaceholderText(tr("e.g. R6.4.1 or 2024-04-01"));
        connect(date, &QLineEdit::editingFinished, this, [this, date] { showDate(date); });
    }
    m_note->setPlaceholderText(tr("e.g. the seat as the body's rules describe it"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Seat held by:"), m_seat);
    m_memberLabel->setBuddy(m_person);
    form->addRow(m_memberLabel, m_member);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Re&presenting:"), m_represents);
    form->addRow(tr("Term &from:"), m_from);
    form->addRow(tr("Term &to:"), m_to);
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MembershipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MembershipDialog::reject);
    connect(m_seat, &QComboBox::currentIndexChanged, this,
            [this] { showSeat(m_seat->currentData().toInt()); });
    connect(m_person, &PersonPicker::personChosen, this, &MembershipDialog::personChosen);

    const Seat seat = membership.personId         ? PersonSeat
                      : membership.organisationId ? OrganisationSeat
                      : membership.professionId   ? ProfessionSeat
                                                  : PersonSeat;
    m_seat->setCurrentIndex(m_seat->findData(int(seat)));
    showSeat(seat);
    if (const Status st = m_person->setPerson(membership.personId); m_loaded && !st)
        m_loaded = st;
    BodyPickLists::select(m_organisation, membership.organisationId);
    BodyPickLists::select(m_profession, membership.professionId);
    BodyPickLists::select(m_role, membership.roleId);
    BodyPickLists::select(m_represents, membership.representsId);
    m_from->setText(MembershipTerm::format(membership.termFrom));
    m_to->setText(MembershipTerm::format(membership.termTo));
    m_note->setText(membership.note);
    const QList<QWidget*> order{m_seat,       m_person, m_organisation, m_profession, m_role,
                                m_represents, m_from,   m_to,           m_note};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_member->currentWidget()->setFocus();
}

void MembershipDialog::showSeat(int seat)
{
    m_member->setCurrentIndex(seat);
    m_memberLabel->setBuddy(m_member->currentWidget());
}

void MembershipDialog::personChosen(qint64 id)
{
    // A person usually sits for their own organisation: offer it until the user chooses otherwise.
    if (m_represents->currentData().toLongLong() != 0)
        return;
    const Result<std::optional<Person>> person = PeopleService(m_services).get(id);
    if (!person) {
        Dialogs::showError(this, person.status());
        return;
    }
    if (*person && (*person)->organisationId)
        BodyPickLists::select(m_represents, (*person)->organisationId);
}

void MembershipDialog::showDate(QLineEdit* edit)
{
    QString error;
    const auto date = MembershipTerm::parse(edit->text(), &error);
    if (date && date->isValid())
        edit->setText(MembershipTerm::format(*date));
}

void MembershipDialog::fail(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus();
}

void MembershipDialog::accept()
{
    Membership m = m_membership;
    m.personId = 0;
    m.organisationId = 0;
    m.professionId = 0;
    switch (m_seat->currentData().toInt()) {
    case PersonSeat:
        if (!m_person->resolveTyped()) {
            fail(m_person->text().trimmed().isEmpty()
                     ? tr("Type part of the person's name and pick them from the list.")
                     : tr("No single person matches \"%1\". Pick one from the list, or add them on the "
                          "People page first.")
                           .arg(m_person->text().trimmed()),
                 m_person);
            return;
        }
        m.personId = m_person->personId();
        break;
    case OrganisationSeat:
        m.organisationId = m_organisation->currentData().toLongLong();
        break;
    case ProfessionSeat:
        m.professionId = m_profession->currentData().toLongLong();
        break;
    }
    if (!m.personId && !m.organisationId && !m.professionId) {
        fail(tr("Choose who holds the seat."), m_member->currentWidget());
        return;
    }
    m.roleId = m_role->currentData().toLongLong();
    m.representsId = m_represents->currentData().toLongLong();
    QString error;
    const auto from = MembershipTerm::parse(m_from->text(), &error);
    if (!from) {
        fail(error, m_from);
        return;
    }
    const auto to = MembershipTerm::parse(m_to->text(), &error);
    if (!to) {
        fail(error, m_to);
        return;
    }
    if (from->isValid() && to->isValid() && *to < *from) {
        fail(tr("The term cannot end before it begins."), m_to);
        return;
    }
    m.termFrom = *from;
    m.termTo = *to;
    m.note = m_note->text().trimmed();
    m_membership = m;
    QDialog::accept();
}
