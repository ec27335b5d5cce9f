#include "organisations/OrganisationEditor.h"

#include "common/CommitOnFocusOut.h"
#include "domain/Codes.h"
#include "service/CodeListService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

OrganisationEditor::OrganisationEditor(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_reading(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_address(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)), m_active(new QCheckBox(tr("Active (shown in pick lists)"), this))
{
    auto* form = new QFormLayout(this);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Reading:"), m_reading);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(QString(), m_active);
    m_reading->setPlaceholderText(tr("in hiragana, for sorting (五十音順)"));
    for (QLineEdit* e : {m_name, m_reading, m_address, m_phone})
        connect(e, &QLineEdit::editingFinished, this, &OrganisationEditor::commit);
    connect(m_category, &QComboBox::activated, this, &OrganisationEditor::commit);
    connect(m_active, &QCheckBox::toggled, this, &OrganisationEditor::commit);
    CommitOnFocusOut::install(m_note, [this] { commit(); });
    setOrganisation(std::nullopt);
}

Status OrganisationEditor::setCategories(Services& services)
{
    const Result<QList<CodeItem>> categories = CodeListService(services).list(CodeList::OrganisationCategory);
    m_loading = true;
    m_category->clear();
    m_category->addItem(tr("(none)"), 0);
    for (const CodeItem& c : categories.valueOr({}))
        m_category->addItem(c.label(), c.id);
    m_loading = false;
    return categories ? Status::success() : categories.status();
}

void OrganisationEditor::setOrganisation(const std::optional<Organisation>& org)
{
    m_loading = true;
    m_org = org;
    const Organisation o = org.value_or(Organisation());
    m_name->setText(o.name);
    m_reading->setText(o.reading);
    m_category->setCurrentIndex(std::max(0, m_category->findData(o.categoryId)));
    m_address->setText(o.address);
    m_phone->setText(o.phone);
    m_note->setPlainText(o.note);
    m_active->setChecked(o.active);
    setEnabled(org.has_value());
    m_loading = false;
}

Organisation OrganisationEditor::fromFields() const
{
    Organisation o = m_org.value_or(Organisation());
    o.name = m_name->text().trimmed();
    o.reading = m_reading->text().trimmed();
    o.categoryId = m_category->currentData().toLongLong();
    o.address = m_address->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.note = m_note->toPlainText();
    o.active = m_active->isChecked();
    return o;
}

void OrganisationEditor::commit()
{
    if (m_loading || !m_org)
        return;
    const Organisation after = fromFields();
    const Organisation before = *m_org;
    if (after.name == before.name && after.reading == before.reading &&
        after.categoryId == before.categoryId && after.address == before.address &&
        after.phone == before.phone && after.note == before.note && after.active == before.active)
        return;
    m_org = after;
    emit edited(before, after);
}
