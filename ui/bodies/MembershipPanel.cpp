#include "bodies/MembershipPanel.h"

#include "bodies/EndTermDialog.h"
#include "bodies/MembershipDialog.h"
#include "bodies/MembershipModel.h"
#include "common/ColumnWidths.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "domain/MembershipTerms.h"
#include "service/BodyService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace {
const QString ShowPastKey = QStringLiteral("bodiesPage/showPastMembers");
}

MembershipPanel::MembershipPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate()), m_model(new MembershipModel(this)),
      m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_showPast(new QCheckBox(tr("Show &past members"), this)),
      m_add(new QPushButton(tr("&Add Member..."), this)), m_edit(new QPushButton(tr("Ed&it..."), this)),
      m_endTerm(new QPushButton(tr("End &Term..."), this)), m_remove(new QPushButton(tr("Remo&ve"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setModel(m_model);
    new ColumnWidths(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_showPast->setChecked(QSettings().value(ShowPastKey, true).toBool());
    m_endTerm->setToolTip(tr("The member leaves the body; the row stays as history"));
    m_remove->setToolTip(tr("Deletes a seat entered by mistake; to keep the history, end the term instead"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_showPast);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_endTerm, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembershipPanel::updateButtons);
    connect(m_view, &QTableView::activated, this, &MembershipPanel::editMember);
    connect(m_add, &QPushButton::clicked, this, &MembershipPanel::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MembershipPanel::editMember);
    connect(m_endTerm, &QPushButton::clicked, this, &MembershipPanel::endTerm);
    connect(m_remove, &QPushButton::clicked, this, &MembershipPanel::removeMember);
    connect(m_showPast, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(ShowPastKey, on);
        load();
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_remove, &QPushButton::click);
    showBody(0, QString());
}

void MembershipPanel::showBody(qint64 bodyId, const QString& bodyName)
{
    const bool same = bodyId == m_bodyId;
    m_bodyId = bodyId;
    m_bodyName = bodyName;
    const qint64 keep = same ? currentId() : 0;
    load();
    if (keep)
        selectId(keep);
}

void MembershipPanel::load()
{
    const qint64 keep = currentId();
    const Status st = m_model->load(m_session.isOpen() ? &m_session.services() : nullptr, m_bodyId,
                                    m_showPast->isChecked(), m_today);
    if (!st)
        emit m_session.failed(st); // a failed read is an error, not a body without members
    showCounts();
    if (keep)
        selectId(keep);
    setEnabled(m_bodyId != 0);
    updateButtons();
}

void MembershipPanel::apply(const Change& change)
{
    if (!m_bodyId)
        return;
    if (change.entity == Change::Entity::Person || change.entity == Change::Entity::Organisation) {
        load();
        return;
    }
    if (change.entity != Change::Entity::Membership || change.owner != m_bodyId)
        return;
    const qint64 keep = currentId();
    if (const Status st = m_model->apply(m_session.services(), change); !st)
        emit m_session.failed(st); // the rows shown may be out of date: say so
    showCounts();
    if (keep)
        selectId(keep);
    updateButtons();
}

void MembershipPanel::showCounts()
{
    const int current = m_model->rowCount() - (m_showPast->isChecked() ? m_model->pastCount() : 0);
    m_title->setText(m_bodyId
                         ? tr("Members: %n current", "", current) +
                               (m_model->pastCount() ? tr(", %n past", "", m_model->pastCount()) : QString())
                         : tr("Members"));
}

qint64 MembershipPanel::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(MembershipModel::IdRole).toLongLong() : 0;
}

void MembershipPanel::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void MembershipPanel::updateButtons()
{
    const Membership* m = m_model->membership(currentId());
    m_add->setEnabled(m_bodyId != 0);
    m_edit->setEnabled(m != nullptr);
    m_endTerm->setEnabled(m && !MembershipTerms::isPast(*m, m_today));
    m_remove->setEnabled(m != nullptr);
}

QString MembershipPanel::memberName(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString() : m_model->index(row, MembershipModel::MemberColumn).data().toString();
}

void MembershipPanel::addMember()
{
    if (!m_bodyId)
        return;
    Membership initial;
    initial.bodyId = m_bodyId;
    const Result<qint64> role = BodyService(m_session.services()).defaultRole();
    if (!role) {
        Dialogs::showError(this, role.status());
        return;
    }
    initial.roleId = *role;
    auto* dialog = new MembershipDialog(m_session.services(), initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status st = dialog->loaded(); !st) {
        Dialogs::showError(this, st);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Services& services = m_session.services();
        auto record = std::make_shared<Membership>(dialog->membership());
        // Redo after undo restores the same id, so later steps that refer to it still apply.
        if (m_session.edit(
                tr("Add member to %1").arg(m_bodyName), EditTarget::of(EditTarget::Kind::Body, m_bodyId),
                [&services, record]() -> Status {
                    BodyService bodies(services);
                    if (record->id)
                        return bodies.restoreMembership(*record);
                    const Result<qint64> id = bodies.addMembership(*record);
                    if (!id)
                        return id.status();
                    record->id = *id;
                    return Status::success();
                },
                [&services, record] { return BodyService(services).removeMembership(record->id); })) {
            selectId(record->id);
            m_view->setFocus();
        }
    });
    dialog->open();
}

void MembershipPanel::editMember()
{
    const Membership* found = m_model->membership(currentId());
    if (!found)
        return;
    const Membership before = *found;
    auto* dialog = new MembershipDialog(m_session.services(), before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status st = dialog->loaded(); !st) {
        Dialogs::showError(this, st);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        save(before, dialog->membership(), tr("Edit member of %1").arg(m_bodyName));
    });
    dialog->open();
}

void MembershipPanel::endTerm()
{
    const Membership* found = m_model->membership(currentId());
    if (!found)
        return;
    const Membership before = *found;
    auto* dialog = new EndTermDialog(memberName(before.id), before.termFrom, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        Membership after = before;
        after.termTo = dialog->date();
        // A term ended before today becomes past: the row stays in view, greyed, so the user
        // sees that the history was kept. Ended today, the member still sits today.
        if (!m_showPast->isChecked() && MembershipTerms::isPast(after, m_today))
            m_showPast->setChecked(true);
        Services& services = m_session.services();
        if (m_session.edit(
                tr("End term of %1").arg(memberName(before.id)),
                EditTarget::of(EditTarget::Kind::Body, m_bodyId),
                [&services, after] { return BodyService(services).endTerm(after.id, after.termTo); },
                [&services, before] { return BodyService(services).updateMembership(before); }))
            selectId(after.id);
    });
    dialog->open();
}

void MembershipPanel::removeMember()
{
    const Membership* found = m_model->membership(currentId());
    if (!found)
        return;
    const Membership m = *found;
    const QString name = memberName(m.id);
    if (Dialogs::question(
            this, tr("Remove member"),
            tr("Remove %1 from %2? The seat is deleted as if it had never been entered. To keep the "
               "history of someone who left, end the term instead.")
                .arg(name, m_bodyName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    Services& services = m_session.services();
    m_session.edit(
        tr("Remove %1 from %2").arg(name, m_bodyName), EditTarget::of(EditTarget::Kind::Body, m_bodyId),
        [&services, id = m.id] { return BodyService(services).removeMembership(id); },
        [&services, m] { return BodyService(services).restoreMembership(m); });
}

void MembershipPanel::save(const Membership& before, const Membership& after, const QString& text)
{
    Services& services = m_session.services();
    if (m_session.edit(
            text, EditTarget::of(EditTarget::Kind::Body, m_bodyId),
            [&services, after] { return BodyService(services).updateMembership(after); },
            [&services, before] { return BodyService(services).updateMembership(before); }))
        selectId(after.id);
}
