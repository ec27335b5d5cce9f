#include "events/EventsPage.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/JapaneseDate.h"
#include "domain/Codes.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventListModel.h"
#include "events/ProgrammeTab.h"
#include "service/EventService.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <memory>

EventsPage::EventsPage(Session& session, Kind kind, QWidget* parent)
    : RecordPage(session, kind == Meetings ? QStringLiteral("meetingsPage") : QStringLiteral("trainingsPage"),
                 parent),
      m_kind(kind), m_model(new EventListModel(this)), m_editor(new EventEditor(session, this))
{
    setUp(m_model, m_editor);
    // The editor, with its attendance roster, needs more room than the list.
    setStretch(2, 3);
    listView()->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    listView()->horizontalHeader()->setStretchLastSection(false);
    listView()->setWordWrap(false);
    listView()->verticalHeader()->setDefaultSectionSize(listView()->fontMetrics().height() + 8);
    // A date typed into another fiscal year must not make the event vanish from the list.
    connect(m_editor->details(), &EventDetailsTab::dateChanged, this, &EventsPage::reveal);
}

QString EventsPage::title() const
{
    return m_kind == Meetings ? tr("Meetings") : tr("Trainings and case studies");
}

void EventsPage::reload()
{
    const FiscalYear year = m_session.fiscalYear();
    m_editor->setLists();
    Status st;
    reloadModel([this, year, &st] {
        st = m_model->load(&m_session.services(), year.firstDay(), year.lastDay(),
                           m_kind == Meetings ? EventListModel::KindFilter{{Code::Meeting}, {}}
                                              : EventListModel::KindFilter{{}, {Code::Meeting}});
    });
    if (!st)
        Dialogs::showError(this, st);
}

void EventsPage::apply(const Changes& changes)
{
    if (!m_session.isOpen())
        return;
    QList<qint64> events;      // rows of the list to read again
    QList<qint64> attendance;  // events whose roster changed
    bool programme = false;
    for (const Change& c : changes) {
        switch (c.entity) {
        case Change::Entity::Event:
            events << c.ids;
            break;
        case Change::Entity::Attendance:
        case Change::Entity::Headcount:
            events << c.owner;
            attendance << c.owner;
            break;
        case Change::Entity::Programme:
            programme = true;
            break;
        default:
            // People, organisations, bodies, code lists: labels anywhere on the page may change.
            Page::apply(changes);
            return;
        }
    }
    if (!isVisible()) {
        // Read again when next shown.
        Page::apply(changes);
        return;
    }
    const qint64 current = currentId();
    const Event* listed = current ? m_model->event(current) : nullptr;
    const std::optional<Event> before = listed ? std::optional<Event>(*listed) : std::nullopt;
    if (!events.isEmpty()) {
        if (const Status st = m_model->refresh(m_session.services(), events); !st)
            Dialogs::showError(this, st);
        m_editor->details()->refreshSeries();
    }
    const Event* shown = current ? m_model->event(current) : nullptr;
    if (events.contains(current) && shown && !attendance.contains(current)) {
        m_editor->details()->setEvent(*shown);
        // The roster follows the organiser's members on the event's date.
        if (!before || before->bodyId != shown->bodyId || before->date != shown->date)
            m_editor->attendance()->setEvent(current);
    }
    if (attendance.contains(current))
        m_editor->attendance()->apply(changes);
    if (programme && current) {
        m_editor->programme()->setEvent(current);
        m_editor->attendance()->setEvent(current);
    }
}

void EventsPage::clear()
{
    reloadModel([this] { m_model->load(nullptr, {}, {}); });
    m_editor->setLists();
}

bool EventsPage::shows(const EditTarget& target) const
{
    if (target.kind != EditTarget::Kind::Event || !m_session.isOpen())
        return false;
    const Result<std::optional<bool>> meeting = EventService(m_session.services()).isMeeting(target.recordId());
    if (!meeting || !*meeting)
        return false;
    return **meeting == (m_kind == Meetings);
}

void EventsPage::showTarget(const EditTarget& target)
{
    reveal(target.recordId());
    if (target.tab >= 0)
        m_editor->setCurrentIndex(target.tab);
}

void EventsPage::reveal(qint64 id)
{
    if (!m_session.isOpen())
        return;
    const Result<std::optional<Event>> read = EventService(m_session.services()).get(id);
    if (!read) { // never a record that silently fails to appear
        Dialogs::showError(this, read.status());
        return;
    }
    const std::optional<Event>& event = *read;
    if (event && !m_session.fiscalYear().contains(event->date)) {
        const FiscalYear year = FiscalYear::of(event->date);
        m_session.setFiscalYear(year);
        m_session.inform(tr("Switched to %1 (%2 %3)", "the fiscal year, the event's date and title")
                             .arg(year.label(), JapaneseDate::formatShort(event->date), event->title));
    }
    selectId(id);
}

void EventsPage::showRecord(qint64 id)
{
    const Event* event = m_model->event(id);
    m_editor->setEvent(event ? std::optional<Event>(*event) : std::nullopt);
}

bool EventsPage::add(const Event& event, qint64 copyProgrammeOf)
{
    Services& services = m_session.services();
    QList<ProgrammeItem> programme;
    if (copyProgrammeOf) {
        const Result<QList<ProgrammeItem>> items = EventService(services).programme(copyProgrammeOf);
        if (!items) {
            Dialogs::showError(this, items.status());
            return false;
        }
        programme = *items;
    }
    // Undo removes the event; redo puts the same event back with its own ids (restore), so later
    // steps that refer to them still apply.
    auto added = std::make_shared<std::optional<EventService::Contents>>();
    auto id = std::make_shared<qint64>(0);
    const bool ok = m_session.edit(
        tr("Add event %1").arg(event.title), EditTarget::of(EditTarget::Kind::Event, [id] { return *id; }),
        [&services, event, programme, added, id]() -> Status {
            if (*added)
                return EventService(services).restore(**added);
            const Result<qint64> created = EventService(services).add(event, programme);
            if (!created)
                return created.status();
            *id = *created;
            return Status::success();
        },
        [&services, added, id]() -> Status {
            const Result<EventService::Contents> contents = EventService(services).contents(*id);
            if (!contents)
                return contents.status();
            *added = *contents;
            return EventService(services).remove(*id);
        });
    if (!ok)
        return false;
    searchEdit()->clear();
    selectId(*id);
    m_editor->setCurrentIndex(0);
    m_editor->details()->titleEdit()->setFocus();
    m_editor->details()->titleEdit()->selectAll();
    return true;
}

void EventsPage::newRecord()
{
    if (!m_session.isOpen())
        return;
    const FiscalYear year = m_session.fiscalYear();
    const QDate today = QDate::currentDate();
    const Result<Event> draft =
        EventService(m_session.services())
            .draft(m_kind == Meetings, std::clamp(today, year.firstDay(), year.lastDay()),
                   m_kind == Meetings ? tr("New meeting") : tr("New training"));
    if (!draft) {
        Dialogs::showError(this, draft.status());
        return;
    }
    add(*draft, 0);
}

void EventsPage::duplicateRecord(qint64 id)
{
    const Event* source = m_model->event(id);
    if (!source)
        return;
    Event copy = *source;
    copy.id = 0;
    copy.number = source->number > 0 ? source->number + 1 : 0;
    copy.minutes.clear();
    copy.title = tr("%1 (copy)").arg(source->title);
    add(copy, id);
}

void EventsPage::deleteRecord(qint64 id)
{
    const Event* found = m_model->event(id);
    if (!found)
        return;
    Services& services = m_session.services();
    const Result<EventService::Contents> read = EventService(services).contents(id);
    if (!read) {
        Dialogs::showError(this, read.status());
        return;
    }
    const EventService::Contents contents = *read;
    const QString question =
        contents.attendance.isEmpty() && contents.headcounts.isEmpty()
            ? tr("Delete the event \"%1\" of %2 with its programme?")
                  .arg(found->title, JapaneseDate::formatLong(found->date))
            : tr("Delete the event \"%1\" of %2? Its programme and its attendance (%n named row(s) and the "
                 "headcounts) are deleted with it.",
                 nullptr, int(contents.attendance.size()))
                  .arg(found->title, JapaneseDate::formatLong(found->date));
    if (Dialogs::ask(this, QMessageBox::Question, tr("Delete event"), question,
                     {{QMessageBox::Yes, tr("&Delete")}, {QMessageBox::Cancel, tr("Cancel")}},
                     QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_session.edit(
        tr("Delete event %1").arg(found->title), EditTarget::of(EditTarget::Kind::Event, id),
        [&services, id] { return EventService(services).remove(id); },
        [&services, contents] { return EventService(services).restore(contents); });
}
