#include "bodies/BodyEditor.h"

#include "bodies/BodyPickLists.h"
#include "common/CommitOnFocusOut.h"
#include "common/Dialogs.h"
#include "domain/Codes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>

BodyEditor::BodyEditor(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_shortName(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_parent(new QComboBox(this)), m_reportsTo(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_active(new QCheckBox(tr("A&ctive (shown in pick lists)"), this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Belongs to:"), m_parent);
    form->addRow(tr("&Reports to:"), m_reportsTo);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(QString(), m_active);
    m_shortName->setPlaceholderText(tr("as lists and reports abbreviate it"));
    m_parent->setToolTip(tr("The body this one is part of, e.g. a working group's council"));
    m_reportsTo->setToolTip(tr("The body this one reports to, e.g. the regional medical council"));
    m_note->setTabChangesFocus(true);
    const int lines = 4;
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * lines + 2 * m_note->frameWidth() + 8);
    for (QComboBox* combo : {m_kind, m_parent, m_reportsTo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QLineEdit* e : {m_name, m_shortName})
        connect(e, &QLineEdit::editingFinished, this, &BodyEditor::commit);
    for (QComboBox* combo : {m_kind, m_parent, m_reportsTo})
        connect(combo, &QComboBox::activated, this, &BodyEditor::commit);
    connect(m_active, &QCheckBox::toggled, this, &BodyEditor::commit);
    CommitOnFocusOut::install(m_note, [this] { commit(); });
    setBody(std::nullopt);
}

Status BodyEditor::setLists(Services* services)
{
    m_services = services;
    if (!services)
        return Status::success();
    m_loading = true;
    const Body b = m_body.value_or(Body());
    Status st = BodyPickLists::fillCodes(m_kind, *services, CodeList::BodyKind, b.kindId);
    for (QComboBox* combo : {m_parent, m_reportsTo}) {
        const Status filled = BodyPickLists::fillBodies(
            combo, *services, combo == m_parent ? b.parentId : b.reportsToId, tr("(none)"));
        if (st && !filled)
            st = filled;
    }
    m_loading = false;
    return st;
}

void BodyEditor::setBody(const std::optional<Body>& body)
{
    m_loading = true;
    m_body = body;
    const Body b = body.value_or(Body());
    // A body referring to an inactive entry still shows it.
    if (m_services && body)
        if (const Status st = setLists(m_services); !st)
            Dialogs::showError(this, st);
    m_loading = true;
    m_name->setText(b.name);
    m_shortName->setText(b.shortName);
    BodyPickLists::select(m_kind, b.kindId);
    BodyPickLists::select(m_parent, b.parentId);
    BodyPickLists::select(m_reportsTo, b.reportsToId);
    disableSelf(m_parent, b.id);
    disableSelf(m_reportsTo, b.id);
    m_note->setPlainText(b.note);
    m_active->setChecked(b.active);
    setEnabled(body.has_value());
    m_loading = false;
}

void BodyEditor::disableSelf(QComboBox* combo, qint64 id)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (!model)
        return;
    for (int row = 0; row < combo->count(); ++row)
        if (QStandardItem* item = model->item(row))
            item->setEnabled(combo->itemData(row).toLongLong() != id || id == 0);
}

Body BodyEditor::fromFields() const
{
    Body b = m_body.value_or(Body());
    b.name = m_name->text().trimmed();
    b.shortName = m_shortName->text().trimmed();
    b.kindId = m_kind->currentData().toLongLong();
    b.parentId = m_parent->currentData().toLongLong();
    b.reportsToId = m_reportsTo->currentData().toLongLong();
    b.note = m_note->toPlainText();
    b.active = m_active->isChecked();
    return b;
}

void BodyEditor::commit()
{
    if (m_loading || !m_body)
        return;
    const Body after = fromFields();
    const Body before = *m_body;
    if (after.name == before.name && after.shortName == before.shortName && after.kindId == before.kindId &&
        after.parentId == before.parentId && after.reportsToId == before.reportsToId &&
        after.note == before.note && after.active == before.active)
        return;
    m_body = after;
    emit edited(before, after);
}
