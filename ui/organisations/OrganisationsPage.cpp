#include "organisations/OrganisationsPage.h"

#include "common/ConfirmDelete.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationListModel.h"
#include "pages/AddStep.h"
#include "service/OrganisationService.h"

#include <QLineEdit>
#include <memory>

OrganisationsPage::OrganisationsPage(Session& session, QWidget* parent)
    : RecordPage(session, QStringLiteral("organisationsPage"), parent), m_model(new OrganisationListModel(this)),
      m_editor(new OrganisationEditor(this))
{
    setUp(m_model, m_editor);
    connect(m_editor, &OrganisationEditor::edited, this, &OrganisationsPage::save);
}

void OrganisationsPage::reload()
{
    Status st = m_editor->setCategories(m_session.services());
    reloadModel([this, &st] {
        if (const Status loaded = m_model->load(&m_session.services()); st && !loaded)
            st = loaded;
    });
    m_loaded = true;
    if (!st)
        Dialogs::showError(this, st);
}

void OrganisationsPage::clear()
{
    m_loaded = false;
    reloadModel([this] { (void)m_model->load(nullptr); });
}

void OrganisationsPage::apply(const Changes& changes)
{
    bool showAgain = false;
    for (const Change& change : changes) {
        if (change.entity == Change::Entity::CodeItem) {
            // Categories relabelled: every row may show them.
            Page::apply(changes);
            return;
        }
        if (change.entity != Change::Entity::Organisation || !m_loaded)
            continue;
        if (const Status st = m_model->apply(m_session.services(), change); !st)
            Dialogs::showError(this, st);
        showAgain = showAgain || change.ids.contains(currentId());
    }
    if (showAgain)
        showRecord(currentId());
}

void OrganisationsPage::showRecord(qint64 id)
{
    const Organisation* org = m_model->organisation(id);
    m_editor->setOrganisation(org ? std::optional<Organisation>(*org) : std::nullopt);
}

void OrganisationsPage::save(const Organisation& before, const Organisation& after)
{
    if (after.name.isEmpty()) {
        Dialogs::showError(this, Status::failure(tr("An organisation needs a name.")));
        m_editor->setOrganisation(before);
        return;
    }
    Session& session = m_session;
    m_session.edit(
        UndoText::change({{before.name != after.name, tr("name")},
                          {before.reading != after.reading, tr("reading")},
                          {before.categoryId != after.categoryId, tr("category")},
                          {before.address != after.address, tr("address")},
                          {before.phone != after.phone, tr("phone")},
                          {before.note != after.note, tr("note")},
                          {before.active != after.active, tr("active")}},
                         before.name),
        EditTarget::of(EditTarget::Kind::Organisation, after.id),
        [&session, after] { return OrganisationService(session.services()).update(after); },
        [&session, before] { return OrganisationService(session.services()).update(before); });
}

void OrganisationsPage::add(const Organisation& org)
{
    Session& session = m_session;
    auto record = std::make_shared<Organisation>(org);
    if (!m_session.edit(
            tr("Add organisation %1").arg(org.name),
            EditTarget::of(EditTarget::Kind::Organisation, [record] { return record->id; }),
            addOrRestore<OrganisationService>(m_session, record),
            [&session, record] { return OrganisationService(session.services()).remove(record->id); }))
        return;
    searchEdit()->clear();
    selectId(record->id);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void OrganisationsPage::newRecord()
{
    Organisation org;
    org.name = tr("New organisation");
    add(org);
}

void OrganisationsPage::duplicateRecord(qint64 id)
{
    const Organisation* source = m_model->organisation(id);
    if (!source)
        return;
    Organisation copy = *source;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(source->name);
    add(copy);
}

void OrganisationsPage::deleteRecord(qint64 id)
{
    const Organisation* found = m_model->organisation(id);
    if (!found)
        return;
    const Organisation org = *found;
    Session& session = m_session;
    const Result<References> references = OrganisationService(m_session.services()).references(id);
    if (!references) {
        Dialogs::showError(this, references.status());
        return;
    }
    switch (ConfirmDelete::ask(this, tr("Delete organisation"), org.name, *references, org.active)) {
    case ConfirmDelete::Answer::Delete:
        m_session.edit(
            tr("Delete organisation %1").arg(org.name), EditTarget::of(EditTarget::Kind::Organisation, id),
            [&session, id] { return OrganisationService(session.services()).remove(id); },
            [&session, org] { return OrganisationService(session.services()).restore(org); });
        break;
    case ConfirmDelete::Answer::Deactivate: {
        Organisation inactive = org;
        inactive.active = false;
        save(org, inactive);
        break;
    }
    case ConfirmDelete::Answer::Cancel:
        break;
    }
}
