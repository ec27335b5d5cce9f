#include "organisations/OrganisationsPage.h"

#include "common/ConfirmDelete.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationListModel.h"
#include "store/OrganisationStore.h"

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
    m_editor->setCategories(m_session.db());
    reloadModel([this] { m_model->load(&m_session.db()); });
}

void OrganisationsPage::clear()
{
    reloadModel([this] { m_model->load(nullptr); });
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
    Database& db = m_session.db();
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
        [&db, after] { return OrganisationStore(db).update(after); },
        [&db, before] { return OrganisationStore(db).update(before); });
}

void OrganisationsPage::add(const Organisation& org)
{
    Database& db = m_session.db();
    auto record = std::make_shared<Organisation>(org);
    // Redo after undo inserts the same id again, so later steps that refer to it still apply.
    if (!m_session.edit(
            tr("Add organisation %1").arg(org.name),
            EditTarget::of(EditTarget::Kind::Organisation, [record] { return record->id; }),
            [&db, record] { return OrganisationStore(db).insert(*record); },
            [&db, record] { return OrganisationStore(db).remove(record->id); }))
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
    Database& db = m_session.db();
    const auto references = OrganisationStore(db).references(id);
    if (!references) {
        Dialogs::showError(this, references.status());
        return;
    }
    switch (ConfirmDelete::ask(this, tr("Delete organisation"), org.name, *references, org.active)) {
    case ConfirmDelete::Answer::Delete:
        m_session.edit(
            tr("Delete organisation %1").arg(org.name), EditTarget::of(EditTarget::Kind::Organisation, id),
            [&db, id] { return OrganisationStore(db).remove(id); },
            [&db, org] {
                Organisation copy = org;
                return OrganisationStore(db).insert(copy);
            });
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
