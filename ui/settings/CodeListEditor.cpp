#include "settings/CodeListEditor.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "domain/Codes.h"
#include "service/CodeListService.h"
#include "settings/CodeGroupDelegate.h"
#include "settings/CodeListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

CodeListEditor::CodeListEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new CodeListModel(this)), m_listCombo(new QComboBox(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    m_listCombo->setObjectName(QStringLiteral("codeListCombo"));
    m_view->setObjectName(QStringLiteral("codeListView"));
    for (const QString& list : lists())
        m_listCombo->addItem(listTitle(list), list);
    auto* listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_listCombo);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CodeListModel::GroupColumn, new CodeGroupDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CodeListModel::LabelJaColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CodeListModel::LabelEnColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CodeListModel::OrderColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CodeListModel::GroupColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(CodeListModel::ActiveColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(CodeListModel::GroupColumn, 150);

    // Keyboard: Insert adds, Delete deletes, Alt+Up/Down move the entry.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    auto* upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto* downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* a : {addAction, deleteAction, upAction, downAction}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
    }
    m_add->setToolTip(tr("Add an entry at the end of the list (Insert)"));
    m_up->setToolTip(tr("Move the entry up (Alt+Up)"));
    m_down->setToolTip(tr("Move the entry down (Alt+Down)"));
    m_delete->setToolTip(tr("Delete the entry (Delete)"));

    connect(addAction, &QAction::triggered, this, &CodeListEditor::addEntry);
    connect(deleteAction, &QAction::triggered, this, &CodeListEditor::deleteCurrent);
    connect(upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_add, &QPushButton::clicked, this, &CodeListEditor::addEntry);
    connect(m_delete, &QPushButton::clicked, this, &CodeListEditor::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_listCombo, &QComboBox::currentIndexChanged, this, &CodeListEditor::reload);
    connect(m_model, &CodeListModel::edited, this, [this](const CodeItem& before, const CodeItem& after) {
        save(tr("Edit list entry %1").arg(after.labelJa), {before}, {after});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodeListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodeListEditor::updateButtons);

    auto* top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_listCombo);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_listCombo, m_view);
    updateButtons();
}

QStringList CodeListEditor::lists()
{
    return {CodeList::Profession,     CodeList::ProfessionGroup, CodeList::OrganisationCategory,
            CodeList::BodyKind,       CodeList::MembershipRole,  CodeList::AttendanceStatus,
            CodeList::AttendanceRole, CodeList::EventKind,       CodeList::ProgrammeItemKind,
            CodeList::EventFormat};
}

QString CodeListEditor::listTitle(const QString& list)
{
    if (list == CodeList::Profession)
        return tr("Professions");
    if (list == CodeList::ProfessionGroup)
        return tr("Profession groups");
    if (list == CodeList::OrganisationCategory)
        return tr("Organisation categories");
    if (list == CodeList::BodyKind)
        return tr("Kinds of body");
    if (list == CodeList::MembershipRole)
        return tr("Membership roles");
    if (list == CodeList::AttendanceStatus)
        return tr("Attendance statuses");
    if (list == CodeList::AttendanceRole)
        return tr("Roles at an event");
    if (list == CodeList::EventKind)
        return tr("Kinds of event");
    if (list == CodeList::ProgrammeItemKind)
        return tr("Kinds of programme item");
    if (list == CodeList::EventFormat)
        return tr("Event formats");
    return list;
}

QString CodeListEditor::currentList() const
{
    return m_listCombo->currentData().toString();
}

void CodeListEditor::setList(const QString& list)
{
    m_listCombo->setCurrentIndex(std::max(0, m_listCombo->findData(list)));
}

void CodeListEditor::reload()
{
    const qint64 current = currentId();
    const int column = std::max(0, m_view->currentIndex().column());
    if (const Status st = m_model->load(m_session.isOpen() ? &m_session.services() : nullptr, currentList());
        !st)
        emit m_session.failed(st); // a list that could not be read is not an empty list
    m_view->setColumnHidden(CodeListModel::GroupColumn, currentList() != CodeList::Profession);
    if (current && m_model->rowOf(current) >= 0 && currentId() != current)
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(current), column));
    updateButtons();
}

void CodeListEditor::apply(const Change& change)
{
    if (const Status st = m_model->apply(m_session.services(), change); !st)
        emit m_session.failed(st); // the rows shown may be out of date: say so
    updateButtons();
}

qint64 CodeListEditor::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->item(index.row()).id : 0;
}

void CodeListEditor::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, CodeListModel::LabelJaColumn));
}

void CodeListEditor::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const int row = index.isValid() ? index.row() : -1;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_delete->setEnabled(row >= 0);
}

bool CodeListEditor::save(const QString& text, const QList<CodeItem>& before, const QList<CodeItem>& after)
{
    Services& services = m_session.services();
    return m_session.edit(
        text, EditTarget::of(EditTarget::Kind::Settings, 0),
        [&services, after] { return CodeListService(services).update(after); },
        [&services, before] { return CodeListService(services).update(before); });
}

void CodeListEditor::addEntry()
{
    if (!m_session.isOpen())
        return;
    Services& services = m_session.services();
    // Entries added by users get a neutral identifier; the labels are what people read.
    const Result<QString> code = CodeListService(services).unusedCode(
        currentList(), QStringLiteral("custom-"), m_model->rowCount() + 1);
    if (!code) {
        Dialogs::showError(this, code.status());
        return;
    }
    auto item = std::make_shared<CodeItem>();
    item->list = currentList();
    item->code = *code;
    item->labelJa = tr("New entry");
    int last = 0;
    for (const CodeItem& c : m_model->items())
        last = std::max(last, c.sortOrder);
    item->sortOrder = last + 10;
    // Redo after undo restores the same id, so later steps that refer to it still apply.
    if (!m_session.edit(
            tr("Add list entry"), EditTarget::of(EditTarget::Kind::Settings, 0),
            [&services, item]() -> Status {
                CodeListService codes(services);
                if (item->id)
                    return codes.restore(*item);
                const Result<qint64> id = codes.add(*item);
                if (!id)
                    return id.status();
                item->id = *id;
                return Status::success();
            },
            [&services, item] { return CodeListService(services).remove(item->id); }))
        return;
    selectId(item->id);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void CodeListEditor::moveCurrent(int step)
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    const int target = row + step;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // Renumber the whole list in tens, so that equal or crowded orders become distinct.
    QList<CodeItem> before = m_model->items();
    QList<CodeItem> reordered = before;
    reordered.move(row, target);
    QList<CodeItem> changedBefore;
    QList<CodeItem> changedAfter;
    for (int i = 0; i < reordered.size(); ++i) {
        CodeItem after = reordered.at(i);
        if (after.sortOrder == (i + 1) * 10)
            continue;
        const auto original =
            std::find_if(before.cbegin(), before.cend(), [&](const CodeItem& c) { return c.id == after.id; });
        changedBefore << *original;
        after.sortOrder = (i + 1) * 10;
        changedAfter << after;
    }
    const qint64 id = m_model->item(row).id;
    if (save(tr("Move list entry %1").arg(m_model->item(row).labelJa), changedBefore, changedAfter))
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), index.column()));
}

void CodeListEditor::deleteCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const CodeItem item = m_model->item(index.row());
    const QString title = tr("Delete list entry");
    if (Code::isReserved(item.list, item.code)) {
        Dialogs::showError(this,
                           Status::failure(tr("Renkei relies on \"%1\" (for counts, imports or attendance), "
                                              "so it cannot be deleted. You can rename it.")
                                               .arg(item.labelJa)));
        return;
    }
    Services& services = m_session.services();
    const Result<bool> used = CodeListService(services).isInUse(item.id);
    if (!used) { // unknown is not "unused": nothing is deleted
        Dialogs::showError(this, used.status());
        return;
    }
    if (*used) {
        if (!item.active) {
            Dialogs::showError(this,
                               Status::failure(tr("\"%1\" is still used by records, so it cannot be deleted. "
                                                  "It is already inactive and not offered in pick lists.")
                                                   .arg(item.labelJa)));
            return;
        }
        if (Dialogs::question(
                this, title,
                tr("\"%1\" is used by records, so it cannot be deleted without changing them. "
                   "Deactivate it instead? It stays in past records but is no longer offered in "
                   "pick lists.")
                    .arg(item.labelJa),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
            return;
        CodeItem inactive = item;
        inactive.active = false;
        save(tr("Deactivate list entry %1").arg(item.labelJa), {item}, {inactive});
        return;
    }
    if (Dialogs::question(this, title, tr("Delete the entry \"%1\"?").arg(item.labelJa),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = index.row();
    if (!m_session.edit(
            tr("Delete list entry %1").arg(item.labelJa), EditTarget::of(EditTarget::Kind::Settings, 0),
            [&services, item] { return CodeListService(services).remove(item.id); },
            [&services, item] { return CodeListService(services).restore(item); }))
        return;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), CodeListModel::LabelJaColumn));
}
