#include "bodies/BodiesPage.h"

#include "bodies/BodyEditor.h"
#include "bodies/BodyListModel.h"
#include "bodies/MembershipPanel.h"
#include "common/ConfirmDelete.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "service/BodyService.h"

#include <QLineEdit>
#include <QSplitter>
#include <memory>

BodiesPage::BodiesPage(Session& session, QWidget* parent)
    : RecordPage(session, QStringLiteral("bodiesPage"), parent), m_model(new BodyListModel(this)),
      m_editor(new BodyEditor), m_members(new MembershipPanel(session))
{
    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("bodySplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(m_editor);
    right->addWidget(m_members);
    right->setStretchFactor(1, 1);
    setUp(m_model, right);
    // The members table needs more room than the short list of bodies.
    setStretch(1, 1);
    connect(m_editor, &BodyEditor::edited, this, &BodiesPage::save);
}

void BodiesPage::reload()
{
    if (const Status st = m_editor->setLists(&m_session.services()); !st)
        emit m_session.failed(st);
    m_loaded = true;
    reloadModel([this] {
        if (const Status st = m_model->load(&m_session.services()); !st)
            emit m_session.failed(st); // a failed read is an error, not a council without bodies
    });
}

void BodiesPage::apply(const Changes& changes)
{
    if (!m_loaded) {
        Page::apply(changes);
        return;
    }
    Services& services = m_session.services();
    bool bodiesChanged = false;
    for (const Change& change : changes) {
        switch (change.entity) {
        case Change::Entity::Body:
        case Change::Entity::Membership:
            if (const Status st = m_model->apply(services, change); !st)
                emit m_session.failed(st);
            if (change.entity == Change::Entity::Body)
                bodiesChanged = true;
            else
                m_members->apply(change);
            break;
        case Change::Entity::Person:
        case Change::Entity::Organisation:
            m_members->apply(change); // the names the seats show
            break;
        case Change::Entity::CodeItem:
            // Kinds and roles relabelled or reordered: every row may show them.
            Page::apply(changes);
            return;
        default:
            break;
        }
    }
    if (!bodiesChanged)
        return;
    // The pick lists name the bodies; the form shows the current one as it is now.
    if (const Status st = m_editor->setLists(&services); !st)
        emit m_session.failed(st);
    showRecord(currentId());
}

void BodiesPage::clear()
{
    m_loaded = false;
    (void)m_editor->setLists(nullptr);
    reloadModel([this] { m_model->load(nullptr); });
}

void BodiesPage::showRecord(qint64 id)
{
    const Body* body = m_model->body(id);
    m_editor->setBody(body ? std::optional<Body>(*body) : std::nullopt);
    m_members->showBody(body ? id : 0, body ? body->name : QString());
}

void BodiesPage::save(const Body& before, const Body& after)
{
    if (after.name.isEmpty()) {
        Dialogs::showError(this, Status::failure(tr("A body needs a name.")));
        m_editor->setBody(before);
        return;
    }
    Services& services = m_session.services();
    m_session.edit(
        UndoText::change({{before.name != after.name, tr("name")},
                          {before.shortName != after.shortName, tr("short name")},
                          {before.kindId != after.kindId, tr("kind")},
                          {before.parentId != after.parentId, tr("parent body")},
                          {before.reportsToId != after.reportsToId, tr("reports to")},
                          {before.organisationId != after.organisationId, tr("organisation")},
                          {before.note != after.note, tr("note")},
                          {before.active != after.active, tr("active")}},
                         before.name),
        EditTarget::of(EditTarget::Kind::Body, after.id),
        [&services, after] { return BodyService(services).update(after); },
        [&services, before] { return BodyService(services).update(before); });
}

void BodiesPage::add(const Body& body)
{
    Services& services = m_session.services();
    auto record = std::make_shared<Body>(body);
    // Redo after undo restores the same id, so later steps that refer to it still apply.
    if (!m_session.edit(
            tr("Add body %1").arg(body.name),
            EditTarget::of(EditTarget::Kind::Body, [record] { return record->id; }),
            [&services, record]() -> Status {
                BodyService bodies(services);
                if (record->id)
                    return bodies.restore(*record);
                const Result<qint64> id = bodies.add(*record);
                if (!id)
                    return id.status();
                record->id = *id;
                return Status::success();
            },
            [&services, record] { return BodyService(services).remove(record->id); }))
        return;
    searchEdit()->clear();
    selectId(record->id);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void BodiesPage::newRecord()
{
    Body body;
    body.name = tr("New body");
    const Result<qint64> kind = BodyService(m_session.services()).newBodyKind();
    if (!kind) {
        Dialogs::showError(this, kind.status());
        return;
    }
    body.kindId = *kind;
    add(body);
}

void BodiesPage::duplicateRecord(qint64 id)
{
    const Body* source = m_model->body(id);
    if (!source)
        return;
    Body copy = *source;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(source->name);
    add(copy);
}

void BodiesPage::deleteRecord(qint64 id)
{
    const Body* found = m_model->body(id);
    if (!found)
        return;
    const Body body = *found;
    Services& services = m_session.services();
    const Result<References> references = BodyService(services).references(id);
    if (!references) {
        Dialogs::showError(this, references.status());
        return;
    }
    switch (ConfirmDelete::ask(this, tr("Delete body"), body.name, *references, body.active)) {
    case ConfirmDelete::Answer::Delete:
        m_session.edit(
            tr("Delete body %1").arg(body.name), EditTarget::of(EditTarget::Kind::Body, id),
            [&services, id] { return BodyService(services).remove(id); },
            [&services, body] { return BodyService(services).restore(body); });
        break;
    case ConfirmDelete::Answer::Deactivate: {
        Body inactive = body;
        inactive.active = false;
        save(body, inactive);
        break;
    }
    case ConfirmDelete::Answer::Cancel:
        break;
    }
}
