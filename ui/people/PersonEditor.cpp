#include "people/PersonEditor.h"

#include "common/CommitOnFocusOut.h"
#include "common/Dialogs.h"
#include "domain/Codes.h"
#include "people/OrganisationCombo.h"
#include "service/CodeListService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

PersonEditor::PersonEditor(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_reading(new QLineEdit(this)),
      m_profession(new QComboBox(this)), m_organisation(new OrganisationCombo(this)),
      m_department(new QLineEdit(this)), m_title(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_note(new QPlainTextEdit(this)),
      m_active(new QCheckBox(tr("Act&ive (shown in pick lists)"), this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Reading:"), m_reading);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Dep&artment:"), m_department);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Emai&l:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Note&s:"), m_note);
    form->addRow(QString(), m_active);
    m_name->setPlaceholderText(tr("family and given name, e.g. 白﨑直樹"));
    m_reading->setPlaceholderText(tr("in hiragana, for sorting (五十音順)"));
    m_department->setPlaceholderText(tr("e.g. 地域連携センター"));
    m_title->setPlaceholderText(tr("e.g. センター長"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_profession->setMaxVisibleItems(25);
    for (QLineEdit* e : {m_name, m_reading, m_department, m_title, m_email, m_phone})
        connect(e, &QLineEdit::editingFinished, this, &PersonEditor::commit);
    connect(m_profession, &QComboBox::activated, this, &PersonEditor::commit);
    connect(m_organisation, &OrganisationCombo::organisationChosen, this, &PersonEditor::commit);
    connect(m_active, &QCheckBox::toggled, this, &PersonEditor::commit);
    CommitOnFocusOut::install(m_note, [this] { commit(); });
    setPerson(std::nullopt);
}

void PersonEditor::setServices(Services* services)
{
    m_services = services;
    fillProfessions();
    reloadOrganisations();
}

void PersonEditor::reloadOrganisations()
{
    if (!m_services)
        return;
    if (const Status st = m_organisation->load(*m_services, m_person ? m_person->organisationId : 0); !st)
        Dialogs::showError(this, st);
}

void PersonEditor::fillProfessions(bool force)
{
    QList<CodeItem> items;
    QString signature;
    const Result<QList<CodeItem>> professions = m_services
                                                    ? CodeListService(*m_services).list(CodeList::Profession)
                                                    : Result<QList<CodeItem>>(QList<CodeItem>());
    if (!professions) { // the list as it was stays; an unreadable list is not an empty one
        Dialogs::showError(this, professions.status());
        return;
    }
    for (const CodeItem& c : *professions)
        if (c.active) {
            items << c;
            signature +=
                QString::number(c.id) + u'\x1f' + c.label() + u'\x1f' + QString::number(c.groupId) + u'\x1e';
        }
    // Reloads after an edit leave an unchanged list alone (the combo may still be handing over
    // the index the user picked).
    if (!force && signature == m_professionSignature && m_profession->count() > 0)
        return;
    m_professionSignature = signature;
    const QSignalBlocker blocker(m_profession);
    m_profession->clear();
    m_profession->addItem(tr("(none)"), qint64(0));
    // In the code list's order, a line between profession groups (医師 | 看護職 | リハビリ職 …).
    qint64 group = -1;
    for (const CodeItem& c : items) {
        if (group != -1 && c.groupId != group)
            m_profession->insertSeparator(m_profession->count());
        group = c.groupId;
        m_profession->addItem(c.label(), c.id);
    }
}

void PersonEditor::selectProfession(qint64 id)
{
    int index = m_profession->findData(id);
    if (index < 0 && m_services) {
        // An inactive profession the person still has: shown, but not offered to others.
        const Result<std::optional<CodeItem>> item = CodeListService(*m_services).get(id);
        if (!item)
            Dialogs::showError(this, item.status());
        else if (*item) {
            m_profession->addItem(tr("%1 (inactive)").arg((*item)->label()), id);
            index = m_profession->count() - 1;
        }
    }
    m_profession->setCurrentIndex(std::max(0, index));
}

void PersonEditor::setPerson(const std::optional<Person>& person)
{
    m_loading = true;
    m_person = person;
    const Person p = person.value_or(Person());
    m_name->setText(p.name);
    m_reading->setText(p.reading);
    {
        const QSignalBlocker blocker(m_profession);
        if (m_profession->findData(p.professionId) < 0)
            fillProfessions(true); // drops another person's inactive profession
        selectProfession(p.professionId);
    }
    if (m_services && p.organisationId && m_organisation->findData(p.organisationId) < 0)
        if (const Status st = m_organisation->load(*m_services, p.organisationId); !st)
            Dialogs::showError(this, st);
    m_organisation->setOrganisationId(p.organisationId);
    m_department->setText(p.department);
    m_title->setText(p.title);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_note->setPlainText(p.note);
    m_active->setChecked(p.active);
    setEnabled(person.has_value());
    m_loading = false;
}

Person PersonEditor::fromFields() const
{
    Person p = m_person.value_or(Person());
    p.name = m_name->text().trimmed();
    p.reading = m_reading->text().trimmed();
    p.professionId = m_profession->currentData().toLongLong();
    p.organisationId = m_organisation->organisationId();
    p.department = m_department->text().trimmed();
    p.title = m_title->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.note = m_note->toPlainText();
    p.active = m_active->isChecked();
    return p;
}

void PersonEditor::commit()
{
    if (m_loading || !m_person)
        return;
    const Person after = fromFields();
    const Person before = *m_person;
    if (after.name == before.name && after.reading == before.reading &&
        after.professionId == before.professionId && after.organisationId == before.organisationId &&
        after.department == before.department && after.title == before.title && after.email == before.email &&
        after.phone == before.phone && after.note == before.note && after.active == before.active)
        return;
    m_person = after;
    emit edited(before, after);
}
