#include "db/Database.h"
#include "events/EventsPage.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/JapaneseDate.h"
#include "db/TransactionGuard.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventListModel.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/ProgrammeStore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <memory>

namespace {
const QString MeetingCode = QStringLiteral("meeting");

// Everything an event deletion takes with it, to put back on undo.
struct EventContents
{
    Event event;
    QList<ProgrammeItem> programme;
    QList<Attendance> attendance;
    QList<Headcount> headcounts;
};

Status putBack(Database& db, const EventContents& c)
{
    TransactionGuard tx(db.connection());
    Event event = c.event;
    Status st = EventStore(db).insert(event);
    for (ProgrammeItem p : c.programme)
        if (st)
            st = ProgrammeStore(db).insert(p);
    for (Attendance a : c.attendance)
        if (st)
            st = AttendanceStore(db).save(a);
    for (const Headcount& h : c.headcounts)
        if (st)
            st = AttendanceStore(db).setHeadcount(h);
    if (st && !tx.commit())
        st = Status::failure(EventsPage::tr("The event could not be restored."), tx.errorText());
    return st;
}
} // namespace

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
    reloadModel([this, year] {
        m_model->load(&m_session.db(), year.firstDay(), year.lastDay(),
                      m_kind == Meetings ? EventListModel::KindFilter{{MeetingCode}, {}}
                                         : EventListModel::KindFilter{{}, {MeetingCode}});
    });
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
    const auto event = EventStore(m_session.db()).get(target.recordId()).valueOr(std::nullopt);
    if (!event)
        return false;
    const bool meeting =
        event->kindId == CodeListStore(m_session.db()).idOf(CodeListStore::EventKind, MeetingCode);
    return meeting == (m_kind == Meetings);
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
    const auto event = EventStore(m_session.db()).get(id).valueOr(std::nullopt);
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
    Database& db = m_session.db();
    QList<ProgrammeItem> programme =
        copyProgrammeOf ? ProgrammeStore(db).items(copyProgrammeOf).valueOr({}) : QList<ProgrammeItem>();
    for (ProgrammeItem& p : programme)
        p.id = 0; // new rows; their ids are kept for redo
    auto record = std::make_shared<EventContents>(EventContents{event, programme, {}, {}});
    // Redo after undo inserts the same ids again, so later steps that refer to them still apply.
    const bool ok = m_session.edit(
        tr("Add event %1").arg(event.title),
        EditTarget::of(EditTarget::Kind::Event, [record] { return record->event.id; }),
        [&db, record] {
            TransactionGuard tx(db.connection());
            Status st = EventStore(db).insert(record->event);
            for (ProgrammeItem& p : record->programme) {
                if (!st)
                    break;
                p.eventId = record->event.id;
                st = ProgrammeStore(db).insert(p);
            }
            if (st && !tx.commit())
                st = Status::failure(tr("The event could not be added."), tx.errorText());
            return st;
        },
        [&db, record] { return EventStore(db).remove(record->event.id); });
    if (!ok)
        return false;
    searchEdit()->clear();
    selectId(record->event.id);
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
    CodeListStore codes(m_session.db());
    Event e;
    e.date = std::clamp(today, year.firstDay(), year.lastDay());
    e.kindId =
        codes.idOf(CodeListStore::EventKind, m_kind == Meetings ? MeetingCode : QStringLiteral("training"));
    e.bodyId = BodyStore(m_session.db()).defaultOrganiser();
    e.title = m_kind == Meetings ? tr("New meeting") : tr("New training");
    add(e, 0);
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
    Database& db = m_session.db();
    AttendanceStore attendance(db);
    EventContents contents{*found, ProgrammeStore(db).items(id).valueOr({}), attendance.forEvent(id).valueOr({}),
                           attendance.headcounts(id)};
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
        [&db, id] { return EventStore(db).remove(id); }, [&db, contents] { return putBack(db, contents); });
}
