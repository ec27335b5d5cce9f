#include "events/ProgrammeTab.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "domain/Codes.h"
#include "events/AtEvent.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "events/PickLists.h"
#include "service/EventService.h"
#include "service/PeopleService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <memory>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ProgrammeTab::ProgrammeTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_items(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add item"), this)), m_remove(new QPushButton(tr("Remo&ve item"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_itemEditor(new QWidget(this)), m_kind(new QComboBox(m_itemEditor)),
      m_title(new QLineEdit(m_itemEditor)), m_lecturerList(new QListWidget(m_itemEditor)),
      m_removeLecturer(new QPushButton(tr("Remove le&cturer"), m_itemEditor)),
      m_search(new PersonSearch(m_itemEditor)),
      m_newLecturer(new NewPersonForm(session, NewPersonForm::WithTitle, m_itemEditor))
{
    auto* itemsLabel = new QLabel(tr("Programme items:"), this);
    itemsLabel->setBuddy(m_items);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* form = new QFormLayout(m_itemEditor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Tit&le:"), m_title);
    auto* lecturerBox = new QVBoxLayout;
    lecturerBox->addWidget(m_lecturerList);
    lecturerBox->addWidget(m_removeLecturer, 0, Qt::AlignLeft);
    form->addRow(tr("Lecturers:"), lecturerBox);
    auto* searchLabel = new QLabel(tr("Add lectu&rer:"), m_itemEditor);
    searchLabel->setBuddy(m_search->lineEdit());
    form->addRow(searchLabel, m_search);
    form->addRow(m_newLecturer);
    m_search->lineEdit()->setPlaceholderText(tr("name or reading; Enter adds, or creates a new person"));
    m_lecturerList->setMaximumHeight(m_lecturerList->fontMetrics().height() * 4 + 12);
    m_items->setMaximumHeight(m_items->fontMetrics().height() * 7 + 12);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items);
    layout->addLayout(buttons);
    layout->addWidget(m_itemEditor);
    layout->addStretch();

    connect(m_items, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            showItem();
    });
    connect(m_add, &QPushButton::clicked, this, &ProgrammeTab::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ProgrammeTab::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_title, &QLineEdit::editingFinished, this, &ProgrammeTab::commit);
    connect(m_kind, &QComboBox::activated, this, &ProgrammeTab::commit);
    connect(m_removeLecturer, &QPushButton::clicked, this, &ProgrammeTab::removeLecturer);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_lecturerList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ProgrammeTab::removeLecturer);
    connect(m_search, &PersonSearch::chosen, this, &ProgrammeTab::addLecturer);
    connect(m_search, &PersonSearch::notFound, m_newLecturer, &NewPersonForm::start);
    connect(m_newLecturer, &NewPersonForm::submitted, this, &ProgrammeTab::createLecturer);
    connect(m_newLecturer, &NewPersonForm::cancelled, m_search->lineEdit(), qOverload<>(&QWidget::setFocus));
    setEvent(0);
}

void ProgrammeTab::setLists()
{
    if (!m_session.isOpen()) {
        m_kind->clear();
        m_kinds.clear();
        m_search->setServices(nullptr);
        return;
    }
    Services& services = m_session.services();
    Status st = PickLists::fillCodes(m_kind, services, CodeList::ProgrammeItemKind, tr("(none)"), &m_kinds);
    if (const Status people = m_newLecturer->setServices(services); st && !people)
        st = people;
    m_search->setServices(&services);
    if (!st)
        Dialogs::showError(this, st);
}

void ProgrammeTab::setEvent(qint64 eventId)
{
    const bool same = eventId == m_eventId;
    const qint64 current = same ? currentItemId() : 0;
    m_eventId = eventId;
    m_list.clear();
    m_lecturers.clear();
    if (eventId && m_session.isOpen()) {
        const Result<QList<ProgrammeItem>> items = EventService(m_session.services()).programme(eventId);
        if (items)
            m_list = *items;
        else
            Dialogs::showError(this, items.status());
        // Every lecturer of the programme with their organisation, in one query.
        QList<qint64> ids;
        for (const ProgrammeItem& p : m_list)
            ids << p.lecturerIds;
        const Result<QList<PersonListing>> people =
            ids.isEmpty() ? QList<PersonListing>() : PeopleService(m_session.services()).rows(ids);
        if (!people)
            Dialogs::showError(this, people.status());
        for (const PersonListing& l : people.valueOr({}))
            m_lecturers.insert(l.person.id, l);
    }
    std::stable_sort(m_list.begin(), m_list.end(),
                     [](const ProgrammeItem& a, const ProgrammeItem& b) { return a.position < b.position; });
    m_loading = true;
    m_items->clear();
    QHash<qint64, QString> kinds;
    for (const CodeItem& c : std::as_const(m_kinds))
        kinds.insert(c.id, c.label());
    for (int i = 0; i < m_list.size(); ++i) {
        const ProgrammeItem& p = m_list.at(i);
        QStringList lecturers;
        for (qint64 id : p.lecturerIds)
            if (m_lecturers.contains(id))
                lecturers << m_lecturers.value(id).person.name;
        QString text = tr("%1. %2: %3").arg(i + 1).arg(p.kindId ? kinds.value(p.kindId) : tr("Item"), p.title);
        if (!lecturers.isEmpty())
            text += tr(" — %1").arg(lecturers.join(tr(", ")));
        auto* row = new QListWidgetItem(text, m_items);
        row->setData(IdRole, p.id);
    }
    m_loading = false;
    if (!same) {
        m_newLecturer->finish();
        m_search->clear();
    }
    selectItem(current ? current : (m_list.isEmpty() ? 0 : m_list.first().id));
    setEnabled(eventId != 0);
}

qint64 ProgrammeTab::currentItemId() const
{
    const QListWidgetItem* row = m_items->currentItem();
    return row ? row->data(IdRole).toLongLong() : 0;
}

const ProgrammeItem* ProgrammeTab::item(qint64 id) const
{
    for (const ProgrammeItem& p : m_list)
        if (p.id == id)
            return &p;
    return nullptr;
}

void ProgrammeTab::selectItem(qint64 id)
{
    m_loading = true;
    m_items->setCurrentRow(-1);
    for (int i = 0; i < m_items->count(); ++i)
        if (m_items->item(i)->data(IdRole).toLongLong() == id)
            m_items->setCurrentRow(i);
    m_loading = false;
    showItem();
}

void ProgrammeTab::showItem()
{
    const ProgrammeItem* p = item(currentItemId());
    m_loading = true;
    PickLists::select(m_kind, p ? p->kindId : 0);
    if (m_title->text() != (p ? p->title : QString()))
        m_title->setText(p ? p->title : QString());
    m_lecturerList->clear();
    if (p)
        for (qint64 id : p->lecturerIds)
            if (m_lecturers.contains(id)) {
                const PersonListing& l = m_lecturers[id];
                auto* row = new QListWidgetItem(PickLists::personWithAffiliation(l.person, l.organisation),
                                                m_lecturerList);
                row->setData(IdRole, id);
            }
    m_itemEditor->setEnabled(p != nullptr);
    const int index = m_items->currentRow();
    m_remove->setEnabled(p != nullptr);
    m_up->setEnabled(p && index > 0);
    m_down->setEnabled(p && index + 1 < m_items->count());
    m_removeLecturer->setEnabled(m_lecturerList->count() > 0);
    m_loading = false;
}

bool ProgrammeTab::update(const QString& text, const ProgrammeItem& before, const ProgrammeItem& after)
{
    Services& services = m_session.services();
    return m_session.edit(
        atEvent(m_session, text, m_eventId),
        EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Programme),
        [&services, after] { return EventService(services).updateItem(after); },
        [&services, before] { return EventService(services).updateItem(before); });
}

void ProgrammeTab::commit()
{
    const ProgrammeItem* p = item(currentItemId());
    if (m_loading || !p)
        return;
    ProgrammeItem after = *p;
    after.kindId = m_kind->currentData().toLongLong();
    after.title = m_title->text().trimmed();
    if (after.kindId == p->kindId && after.title == p->title)
        return;
    update(tr("Edit programme item %1").arg(after.title), *p, after);
}

void ProgrammeTab::addItem()
{
    if (!m_eventId)
        return;
    auto record = std::make_shared<ProgrammeItem>();
    record->eventId = m_eventId;
    record->position = m_list.isEmpty() ? 1 : m_list.last().position + 1;
    if (!m_kinds.isEmpty())
        record->kindId = m_kinds.first().id;
    Services& services = m_session.services();
    // Redo after undo restores the same item (its id), so later steps that refer to it still apply.
    if (!m_session.edit(
            atEvent(m_session, tr("Add programme item"), m_eventId),
            EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Programme),
            [&services, record]() -> Status {
                if (record->id)
                    return EventService(services).restoreItem(*record);
                const Result<qint64> id = EventService(services).addItem(*record);
                if (!id)
                    return id.status();
                record->id = *id;
                return Status::success();
            },
            [&services, record] { return EventService(services).removeItem(*record); }))
        return;
    setEvent(m_eventId);
    selectItem(record->id);
    m_kind->setFocus();
}

void ProgrammeTab::removeItem()
{
    const ProgrammeItem* p = item(currentItemId());
    if (!p)
        return;
    const ProgrammeItem removed = *p;
    Services& services = m_session.services();
    m_session.edit(
        atEvent(m_session, tr("Remove programme item %1").arg(removed.title), m_eventId),
        EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Programme),
        [&services, removed] { return EventService(services).removeItem(removed); },
        [&services, removed] { return EventService(services).restoreItem(removed); });
}

void ProgrammeTab::move(int delta)
{
    const int row = m_items->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_list.size())
        return;
    // Positions are renumbered 1, 2, 3 … with the two items swapped, in one step.
    QList<ProgrammeItem> before = m_list;
    QList<ProgrammeItem> after = m_list;
    after.swapItemsAt(row, other);
    for (int i = 0; i < after.size(); ++i)
        after[i].position = i + 1;
    const qint64 moved = m_list.at(row).id;
    Services& services = m_session.services();
    const auto write = [&services](const QList<ProgrammeItem>& items) {
        return EventService(services).updateItems(items);
    };
    if (m_session.edit(
            atEvent(m_session, tr("Move programme item"), m_eventId),
            EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Programme),
            [write, after] { return write(after); }, [write, before] { return write(before); })) {
        setEvent(m_eventId);
        selectItem(moved);
        m_items->setFocus();
    }
}

void ProgrammeTab::addLecturer(qint64 personId)
{
    const ProgrammeItem* p = item(currentItemId());
    if (!p)
        return;
    if (!p->lecturerIds.contains(personId)) {
        ProgrammeItem after = *p;
        after.lecturerIds << personId;
        const Result<std::optional<Person>> person = PeopleService(m_session.services()).get(personId);
        if (!person) {
            Dialogs::showError(this, person.status());
            return;
        }
        update(tr("Add lecturer %1").arg(*person ? (*person)->name : QString()), *p, after);
    }
    m_search->clear();
    m_search->lineEdit()->setFocus();
}

void ProgrammeTab::createLecturer(const Person& newPerson)
{
    const ProgrammeItem* p = item(currentItemId());
    if (!p)
        return;
    const ProgrammeItem before = *p;
    auto person = std::make_shared<Person>(newPerson);
    Services& services = m_session.services();
    // The person and the item are one transaction of EventService each way; redo puts back the
    // same person (their id).
    const bool ok = m_session.edit(
        atEvent(m_session, tr("Add lecturer %1").arg(newPerson.name), m_eventId),
        EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Programme),
        [&services, person, before]() -> Status {
            const Result<qint64> id = EventService(services).addNewLecturer(before, *person);
            if (!id)
                return id.status();
            person->id = *id;
            return Status::success();
        },
        [&services, person, before] { return EventService(services).removeNewLecturer(before, person->id); });
    if (!ok)
        return;
    m_newLecturer->finish();
    m_search->clear();
    m_search->lineEdit()->setFocus();
}

void ProgrammeTab::removeLecturer()
{
    const ProgrammeItem* p = item(currentItemId());
    const QListWidgetItem* row = m_lecturerList->currentItem();
    if (!p || !row)
        return;
    ProgrammeItem after = *p;
    after.lecturerIds.removeAll(row->data(IdRole).toLongLong());
    update(tr("Remove lecturer"), *p, after);
}
