#include "events/AttendanceTab.h"

#include "common/ColumnWidths.h"
#include "common/Session.h"
#include "events/AtEvent.h"
#include "events/AttendanceTally.h"
#include "events/HeadcountModel.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "events/RosterDelegate.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "events/SignInSheetButton.h"
#include "common/Dialogs.h"
#include "service/AttendanceService.h"
#include "service/PeopleService.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

AttendanceTab::AttendanceTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_tally(new QLabel(this)), m_roster(new RosterModel(this)),
      m_rosterView(new RosterView(this)), m_delegate(new RosterDelegate(this)),
      m_search(new PersonSearch(this)), m_newPerson(new NewPersonForm(session, NewPersonForm::Basic, this)),
      m_headcounts(new HeadcountModel(this)), m_headcountView(new QTableView(this)),
      m_signInSheet(new SignInSheetButton(session, this))
{
    QFont tallyFont = m_tally->font();
    tallyFont.setBold(true);
    tallyFont.setPointSizeF(tallyFont.pointSizeF() * 1.15);
    m_tally->setFont(tallyFont);
    m_tally->setWordWrap(true);
    m_tally->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rosterView->setModel(m_roster);
    new ColumnWidths(m_rosterView); // name to role always readable, sized again as rows change
    m_rosterView->setItemDelegate(m_delegate);
    auto* rosterLabel =
        new QLabel(tr("&Roster (space: present/absent, 1–4: status, F2: edit, typing: find a person)"), this);
    rosterLabel->setBuddy(m_rosterView);
    rosterLabel->setWordWrap(true);

    auto* walkIn = new QGroupBox(tr("Walk-ins"), this);
    auto* walkInLayout = new QVBoxLayout(walkIn);
    auto* searchLabel =
        new QLabel(tr("&Walk-in: find or add a person (name or reading); Enter marks present"), walkIn);
    searchLabel->setBuddy(m_search->lineEdit());
    searchLabel->setWordWrap(true);
    m_search->lineEdit()->setPlaceholderText(tr("e.g. しらさき, 白崎"));
    walkInLayout->addWidget(searchLabel);
    walkInLayout->addWidget(m_search);
    walkInLayout->addWidget(m_newPerson);
    walkInLayout->addStretch();

    auto* headcountBox = new QGroupBox(tr("Without names"), this);
    auto* headcountLayout = new QVBoxLayout(headcountBox);
    auto* headcountLabel = new QLabel(tr("Head&counts per profession:"), headcountBox);
    headcountLabel->setBuddy(m_headcountView);
    m_headcountView->setModel(m_headcounts);
    m_headcountView->verticalHeader()->hide();
    m_headcountView->verticalHeader()->setDefaultSectionSize(m_headcountView->fontMetrics().height() + 8);
    m_headcountView->setWordWrap(false);
    m_headcountView->horizontalHeader()->setSectionResizeMode(HeadcountModel::ProfessionColumn,
                                                              QHeaderView::Stretch);
    m_headcountView->horizontalHeader()->setSectionResizeMode(HeadcountModel::CountColumn,
                                                              QHeaderView::ResizeToContents);
    m_headcountView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::DoubleClicked);
    m_headcountView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_headcountView->setTabKeyNavigation(false);
    headcountLayout->addWidget(headcountLabel);
    headcountLayout->addWidget(m_headcountView);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(walkIn, 3);
    bottom->addWidget(headcountBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tally);
    auto* rosterHeader = new QHBoxLayout;
    rosterHeader->addWidget(rosterLabel, 1);
    rosterHeader->addWidget(m_signInSheet);
    layout->addLayout(rosterHeader);
    layout->addWidget(m_rosterView, 1);
    layout->addLayout(bottom);

    setTabOrder(m_rosterView, m_search->lineEdit());
    setTabOrder(m_search->lineEdit(), m_headcountView);

    connect(m_rosterView, &RosterView::toggleRequested, this,
            [this](const QModelIndex& index) { toggle(index.data(RosterModel::PersonIdRole).toLongLong()); });
    connect(m_rosterView, &RosterView::statusKeyPressed, this, [this](const QModelIndex& index, int number) {
        setStatus(index.data(RosterModel::PersonIdRole).toLongLong(), number);
    });
    connect(m_rosterView, &RosterView::typingStarted, this, [this](const QString& text) {
        m_search->lineEdit()->setFocus();
        m_search->lineEdit()->setText(text);
    });
    connect(m_rosterView, &RosterView::inputMethodStarted, this, [this](QInputMethodEvent* event) {
        m_search->lineEdit()->setFocus();
        m_search->lineEdit()->clear();
        QApplication::sendEvent(m_search->lineEdit(), event);
    });
    // Requests from editors are handled after the editor has closed, since saving reloads the model.
    connect(
        m_roster, &RosterModel::statusRequested, this,
        [this](qint64 personId, qint64 id) {
            const int number = int(m_statusIds.indexOf(id)) + 1;
            if (number > 0)
                setStatus(personId, number);
        },
        Qt::QueuedConnection);
    connect(m_roster, &RosterModel::roleRequested, this, &AttendanceTab::setRole, Qt::QueuedConnection);
    connect(m_roster, &RosterModel::substituteRequested, this, &AttendanceTab::setSubstitute,
            Qt::QueuedConnection);
    connect(m_headcounts, &HeadcountModel::countRequested, this, &AttendanceTab::setHeadcount,
            Qt::QueuedConnection);
    connect(m_search, &PersonSearch::chosen, this, &AttendanceTab::addWalkIn);
    connect(m_search, &PersonSearch::notFound, m_newPerson, &NewPersonForm::start);
    connect(m_search, &PersonSearch::escaped, m_rosterView, qOverload<>(&QWidget::setFocus));
    connect(m_newPerson, &NewPersonForm::submitted, this, &AttendanceTab::createWalkIn);
    connect(m_newPerson, &NewPersonForm::cancelled, m_search->lineEdit(), qOverload<>(&QWidget::setFocus));
    setEvent(0);
}

void AttendanceTab::setEvent(qint64 eventId)
{
    const bool same = eventId == m_eventId && eventId != 0;
    const QModelIndex current = m_rosterView->currentIndex();
    const qint64 currentPerson = current.isValid() ? current.data(RosterModel::PersonIdRole).toLongLong() : 0;
    const int currentColumn = current.isValid() ? current.column() : RosterModel::StatusColumn;
    const QModelIndex headcount = m_headcountView->currentIndex();

    m_eventId = eventId;
    m_signInSheet->setEvent(eventId);
    Services* services = m_session.isOpen() && eventId ? &m_session.services() : nullptr;
    if (services) {
        showTally();
    } else {
        m_tally->setText(QString());
    }
    m_delegate->setServices(services);
    // The roster's codes (read with it; a failure is the load's) give the keys 1–4.
    Status st = m_roster->load(services, eventId);
    m_statusIds = m_roster->keyedStatuses();
    if (const Status counts = m_headcounts->load(services, eventId); st && !counts)
        st = counts;
    m_search->setServices(services);
    if (services && !same) {
        if (const Status lists = m_newPerson->setServices(*services); st && !lists)
            st = lists;
        m_newPerson->finish();
        m_search->clear();
    }
    if (!st)
        Dialogs::showError(this, st);
    if (same && currentPerson) {
        const int row = m_roster->rowOfPerson(currentPerson);
        if (row >= 0)
            m_rosterView->selectionModel()->setCurrentIndex(m_roster->index(row, currentColumn),
                                                            QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    } else if (m_roster->rowCount() > 0) {
        m_rosterView->selectionModel()->setCurrentIndex(m_roster->index(0, RosterModel::StatusColumn),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    }
    if (same && headcount.isValid() && headcount.row() < m_headcounts->rowCount())
        m_headcountView->setCurrentIndex(m_headcounts->index(headcount.row(), headcount.column()));
    setEnabled(services != nullptr);
}

qint64 AttendanceTab::statusId(int number) const
{
    return number >= 1 && number <= m_statusIds.size() ? m_statusIds.at(number - 1) : 0;
}

QString AttendanceTab::personName(qint64 personId) const
{
    const auto p = PeopleService(m_session.services()).get(personId).valueOr(std::nullopt);
    return p ? p->name : QString();
}

QString AttendanceTab::codeLabel(qint64 id) const
{
    for (const QList<CodeItem>* list : {&m_roster->statuses(), &m_roster->roles()})
        for (const CodeItem& c : *list)
            if (c.id == id)
                return c.label();
    return QString();
}

void AttendanceTab::showTally()
{
    m_tally->setText(AttendanceTally::text(AttendanceService(m_session.services()).tally(m_eventId)));
}

void AttendanceTab::apply(const Changes& changes)
{
    if (!m_eventId || !m_session.isOpen())
        return;
    bool roster = false, headcounts = false;
    for (const ::Change& c : changes) {
        if (c.owner != m_eventId)
            continue;
        roster = roster || c.entity == ::Change::Entity::Attendance;
        headcounts = headcounts || c.entity == ::Change::Entity::Headcount;
    }
    if (!roster && !headcounts)
        return;
    Status st;
    if (roster)
        st = m_roster->refresh(m_session.services());
    if (headcounts) {
        const QModelIndex current = m_headcountView->currentIndex();
        st = m_headcounts->load(&m_session.services(), m_eventId);
        if (current.isValid() && current.row() < m_headcounts->rowCount())
            m_headcountView->setCurrentIndex(m_headcounts->index(current.row(), current.column()));
    }
    showTally();
    if (!st)
        Dialogs::showError(this, st);
}

bool AttendanceTab::editRows(const QString& text, const QList<qint64>& personIds, const Apply& apply)
{
    if (!m_eventId)
        return false;
    Services& services = m_session.services();
    const qint64 eventId = m_eventId;
    const Result<QList<Attendance>> before = AttendanceService(services).rowsAbout(eventId, personIds);
    if (!before) {
        Dialogs::showError(this, before.status());
        return false;
    }
    return m_session.edit(
        atEvent(m_session, text, eventId),
        EditTarget::of(EditTarget::Kind::Event, eventId, EditTarget::Attendance), apply,
        [&services, eventId, personIds, rows = *before] {
            return AttendanceService(services).restoreRows(eventId, personIds, rows);
        });
}

bool AttendanceTab::saveAttendance(const QString& text, qint64 personId, const Change& change)
{
    if (!m_eventId || !personId)
        return false;
    Services& services = m_session.services();
    const Result<std::optional<Person>> person = PeopleService(services).get(personId);
    if (!person) {
        Dialogs::showError(this, person.status());
        return false;
    }
    if (!*person)
        return false;
    const Result<std::optional<Attendance>> proxy = AttendanceService(services).proxyFor(m_eventId, personId);
    if (!proxy) {
        Dialogs::showError(this, proxy.status());
        return false;
    }
    QList<qint64> ids{personId};
    if (*proxy)
        ids << (*proxy)->personId;
    // ProxyAttendance::own: the member's own row replaces whoever came in their place.
    return editRows(text, ids, [&services, eventId = m_eventId, person = **person, present = statusId(1), change] {
        return AttendanceService(services).mark(eventId, person, present, change);
    });
}

qint64 AttendanceTab::createAndSave(const QString& text, const Person& newPerson, const QList<qint64>& otherIds,
                                    const AddPerson& add)
{
    if (!m_eventId)
        return 0;
    Services& services = m_session.services();
    const qint64 eventId = m_eventId;
    const Result<QList<Attendance>> before = AttendanceService(services).rowsAbout(eventId, otherIds);
    if (!before) {
        Dialogs::showError(this, before.status());
        return 0;
    }
    auto person = std::make_shared<Person>(newPerson);
    // The person and their attendance are one transaction of AttendanceService each way. Redo puts
    // back the same person (their id), so later steps still refer to them.
    const bool ok = m_session.edit(
        atEvent(m_session, text, eventId), EditTarget::of(EditTarget::Kind::Event, eventId, EditTarget::Attendance),
        [person, add]() -> Status {
            const Result<qint64> id = add(*person);
            if (!id)
                return id.status();
            person->id = *id;
            return Status::success();
        },
        [&services, person, otherIds, rows = *before, eventId] {
            return AttendanceService(services).removeNewPerson(eventId, person->id, otherIds, rows);
        });
    return ok ? person->id : 0;
}

qint64 AttendanceTab::currentStatus(qint64 personId) const
{
    // The roster row shows what is stored: the member's own status or their substitute's.
    const int row = m_roster->rowOfPerson(personId);
    const RosterModel::Row* entry = m_roster->row(row);
    return entry && entry->attendance ? entry->attendance->statusId : 0;
}

bool AttendanceTab::setStatus(qint64 personId, int number)
{
    const qint64 id = statusId(number);
    if (!id)
        return false;
    if (currentStatus(personId) == id)
        return true;
    return saveAttendance(tr("%1: %2").arg(personName(personId), codeLabel(id)), personId,
                          [id](Attendance& a) { a.statusId = id; });
}

bool AttendanceTab::toggle(qint64 personId)
{
    return setStatus(personId, currentStatus(personId) == statusId(1) ? 2 : 1);
}

void AttendanceTab::setRole(qint64 personId, qint64 roleId)
{
    const QString role = codeLabel(roleId);
    Services& services = m_session.services();
    const Result<std::optional<Attendance>> proxy = AttendanceService(services).proxyFor(m_eventId, personId);
    if (!proxy) {
        Dialogs::showError(this, proxy.status());
        return;
    }
    if (*proxy) {
        // The role belongs to the person who came.
        editRows(tr("%1: role %2").arg(personName((*proxy)->personId), role), {personId, (*proxy)->personId},
                 [&services, eventId = m_eventId, personId, roleId] {
                     return AttendanceService(services).setProxyRole(eventId, personId, roleId);
                 });
        return;
    }
    saveAttendance(tr("%1: role %2").arg(personName(personId), role), personId,
                   [roleId](Attendance& a) { a.roleId = roleId; });
}

void AttendanceTab::setSubstitute(qint64 personId, const QString& name)
{
    const QString trimmed = name.trimmed();
    const QString text = tr("%1: substitute %2").arg(personName(personId), trimmed);
    const qint64 proxyStatus = statusId(3);
    const qint64 eventId = m_eventId;
    Services& services = m_session.services();
    if (trimmed.isEmpty()) {
        // Someone came in the member's place, but who is not known.
        const Result<std::optional<Attendance>> proxy = AttendanceService(services).proxyFor(eventId, personId);
        if (!proxy)
            Dialogs::showError(this, proxy.status());
        else if (*proxy)
            saveAttendance(text, personId, [proxyStatus](Attendance& a) { a.statusId = proxyStatus; });
        return;
    }
    const Result<std::optional<Attendance>> member = AttendanceService(services).find(eventId, personId);
    if (!member) {
        Dialogs::showError(this, member.status());
        return;
    }
    PeopleService people(services);
    const Result<std::optional<Person>> person = people.get(personId);
    if (!person) {
        Dialogs::showError(this, person.status());
        return;
    }
    const qint64 organisationId = *member ? (*member)->organisationId : *person ? (*person)->organisationId : 0;
    // Someone of the member's organisation first: a substitute usually comes from the same office.
    Result<QList<Person>> found = people.findByName(trimmed, organisationId);
    if (found && found->isEmpty())
        found = people.findByName(trimmed);
    if (!found) {
        Dialogs::showError(this, found.status());
        return;
    }
    if (!found->isEmpty()) {
        const Person came = found->first();
        if (came.id == personId)
            return;
        editRows(text, {personId, came.id}, [&services, eventId, personId, proxyStatus, came] {
            return AttendanceService(services).setProxy(eventId, personId, proxyStatus, came);
        });
        return;
    }
    Person created;
    created.name = trimmed;
    created.organisationId = organisationId;
    if (createAndSave(text, created, {personId}, [&services, eventId, personId, proxyStatus](const Person& came) {
            return AttendanceService(services).addSubstitute(eventId, personId, proxyStatus, came);
        }))
        selectPerson(personId);
}

void AttendanceTab::addWalkIn(qint64 personId)
{
    setStatus(personId, 1);
    m_search->clear();
    m_search->lineEdit()->setFocus();
    selectPerson(personId);
}

void AttendanceTab::createWalkIn(const Person& person)
{
    const qint64 present = statusId(1);
    const qint64 eventId = m_eventId;
    Services& services = m_session.services();
    const qint64 created = createAndSave(tr("Add %1 (walk-in)").arg(person.name), person, {},
                                         [&services, eventId, present](const Person& p) {
                                             return AttendanceService(services).addWalkIn(eventId, p, present);
                                         });
    if (!created)
        return;
    selectPerson(created);
    m_newPerson->finish();
    m_search->clear();
    m_search->lineEdit()->setFocus();
}

void AttendanceTab::setHeadcount(qint64 professionId, int count)
{
    if (!m_eventId)
        return;
    Services& services = m_session.services();
    const Headcount after{m_eventId, professionId, count};
    const Headcount before{m_eventId, professionId, m_headcounts->count(professionId)};
    m_session.edit(
        atEvent(m_session, tr("Headcount %1: %2").arg(m_headcounts->profession(professionId)).arg(count), m_eventId),
        EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Attendance),
        [&services, after] { return AttendanceService(services).setHeadcount(after); },
        [&services, before] { return AttendanceService(services).setHeadcount(before); });
}

void AttendanceTab::selectPerson(qint64 personId)
{
    const int row = m_roster->rowOfPerson(personId);
    if (row < 0)
        return;
    const QModelIndex index = m_roster->index(row, RosterModel::StatusColumn);
    m_rosterView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_rosterView->scrollTo(index);
}
