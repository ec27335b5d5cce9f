#include "db/Database.h"
#include "events/AttendanceTab.h"

#include "common/ColumnWidths.h"
#include "attendance/AttendanceRules.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "db/TransactionGuard.h"
#include "events/AttendanceTally.h"
#include "events/HeadcountModel.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "events/RosterDelegate.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "events/SignInSheetButton.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/PersonStore.h"

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

namespace {
// A new attendance row for `person`, with profession and organisation as of now (the event).
Attendance freshRow(qint64 eventId, const Person& person, qint64 statusId, qint64 roleId)
{
    Attendance a;
    a.eventId = eventId;
    a.personId = person.id;
    a.professionId = person.professionId;
    a.organisationId = person.organisationId;
    a.statusId = statusId;
    a.roleId = roleId;
    return a;
}

} // namespace

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
    const Database* db = m_session.isOpen() && eventId ? &m_session.db() : nullptr;
    if (db) {
        CodeListStore codes(*db);
        m_statusIds.clear();
        for (const char* code : {"present", "absent", "proxy", "no-reply"})
            m_statusIds << codes.idOf(CodeListStore::AttendanceStatus, QString::fromLatin1(code));
        m_tally->setText(AttendanceTally::text(*db, eventId));
    } else {
        m_tally->setText(QString());
    }
    m_delegate->setDatabase(db);
    m_roster->load(db, eventId);
    m_headcounts->load(db, eventId);
    m_search->setDatabase(db);
    if (db && !same) {
        m_newPerson->setDatabase(*db);
        m_newPerson->finish();
        m_search->clear();
    }
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
    setEnabled(db != nullptr);
}

qint64 AttendanceTab::statusId(int number) const
{
    return number >= 1 && number <= m_statusIds.size() ? m_statusIds.at(number - 1) : 0;
}

QString AttendanceTab::personName(qint64 personId) const
{
    const auto p = PersonStore(m_session.db()).get(personId).valueOr(std::nullopt);
    return p ? p->name : QString();
}

bool AttendanceTab::editRows(const QString& text, const QList<qint64>& personIds, const Apply& apply)
{
    if (!m_eventId)
        return false;
    Database& db = m_session.db();
    const qint64 eventId = m_eventId;
    const QList<Attendance> before = AttendanceStore(db).rowsAbout(eventId, personIds);
    return m_session.edit(
        UndoText::atEvent(text, db, eventId),
        EditTarget::of(EditTarget::Kind::Event, eventId, EditTarget::Attendance),
        [&db, apply] {
            TransactionGuard tx(db.connection());
            Status st = apply(db);
            if (st && !tx.commit())
                st = Status::failure(tr("The attendance could not be saved."), tx.errorText());
            return st;
        },
        [&db, eventId, personIds, before] {
            return AttendanceStore(db).restoreRows(eventId, personIds, before);
        });
}

bool AttendanceTab::saveAttendance(const QString& text, qint64 personId, const Change& change)
{
    if (!m_eventId || !personId)
        return false;
    Database& db = m_session.db();
    const auto person = PersonStore(db).get(personId).valueOr(std::nullopt);
    if (!person)
        return false;
    AttendanceStore store(db);
    const auto proxy = store.proxyFor(m_eventId, personId);
    const std::optional<Attendance> before = store.find(m_eventId, personId);
    // A new row takes the role of whoever came in their place, else the rule's (講師 for a lecturer).
    const Result<qint64> role = before || proxy ? Result<qint64>(proxy ? proxy->roleId : 0)
                                                : AttendanceRules::defaultRole(db, m_eventId, personId);
    Attendance after = before ? *before : freshRow(m_eventId, *person, statusId(1), role.valueOr(0));
    change(after);
    QList<qint64> ids{personId};
    if (proxy)
        ids << proxy->personId;
    // The member's own row replaces whoever came in their place.
    const qint64 proxyRow = proxy ? proxy->id : 0;
    return editRows(text, ids, [after, proxyRow, role](Database& target) {
        if (!role) // the rule could not be read: nothing is written, the edit says why
            return role.status();
        AttendanceStore rows(target);
        if (proxyRow)
            if (Status st = rows.remove(proxyRow); !st)
                return st;
        Attendance copy = after;
        return rows.save(copy);
    });
}

qint64 AttendanceTab::createAndSave(const QString& text, const Person& newPerson, const QList<qint64>& otherIds,
                                    const std::function<Status(Database&, const Person&)>& apply)
{
    if (!m_eventId)
        return 0;
    Database& db = m_session.db();
    const qint64 eventId = m_eventId;
    const QList<Attendance> before = AttendanceStore(db).rowsAbout(eventId, otherIds);
    auto person = std::make_shared<Person>(newPerson);
    const bool ok = m_session.edit(
        UndoText::atEvent(text, db, eventId),
        EditTarget::of(EditTarget::Kind::Event, eventId, EditTarget::Attendance),
        [&db, person, apply] {
            TransactionGuard tx(db.connection());
            // The person keeps the id of the first run on redo, so later steps still refer to it.
            Status st = PersonStore(db).insert(*person);
            if (st)
                st = apply(db, *person);
            if (st && !tx.commit())
                st = Status::failure(tr("The attendance could not be saved."), tx.errorText());
            return st;
        },
        [&db, person, otherIds, before, eventId] {
            TransactionGuard tx(db.connection());
            Status st = AttendanceStore(db).restoreRows(eventId, QList<qint64>(otherIds) << person->id, before);
            if (st)
                st = PersonStore(db).remove(person->id);
            if (st && !tx.commit())
                st = Status::failure(tr("The attendance could not be saved."), tx.errorText());
            return st;
        });
    return ok ? person->id : 0;
}

qint64 AttendanceTab::currentStatus(qint64 personId) const
{
    AttendanceStore store(m_session.db());
    if (const auto proxy = store.proxyFor(m_eventId, personId))
        return proxy->statusId;
    const auto own = store.find(m_eventId, personId);
    return own ? own->statusId : 0;
}

bool AttendanceTab::setStatus(qint64 personId, int number)
{
    const qint64 id = statusId(number);
    if (!id)
        return false;
    if (currentStatus(personId) == id)
        return true;
    const QString status = CodeListStore(m_session.db()).label(id);
    return saveAttendance(tr("%1: %2").arg(personName(personId), status), personId,
                          [id](Attendance& a) { a.statusId = id; });
}

bool AttendanceTab::toggle(qint64 personId)
{
    return setStatus(personId, currentStatus(personId) == statusId(1) ? 2 : 1);
}

void AttendanceTab::setRole(qint64 personId, qint64 roleId)
{
    const QString role = CodeListStore(m_session.db()).label(roleId);
    const auto proxy = AttendanceStore(m_session.db()).proxyFor(m_eventId, personId);
    if (proxy) {
        // The role belongs to the person who came.
        Attendance after = *proxy;
        after.roleId = roleId;
        editRows(tr("%1: role %2").arg(personName(proxy->personId), role), {personId, proxy->personId},
                 [after](Database& db) {
                     Attendance copy = after;
                     return AttendanceStore(db).save(copy);
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
    Database& db = m_session.db();
    if (trimmed.isEmpty()) {
        // Someone came in the member's place, but who is not known.
        if (AttendanceStore(db).proxyFor(eventId, personId))
            saveAttendance(text, personId, [proxyStatus](Attendance& a) { a.statusId = proxyStatus; });
        return;
    }
    const auto member = AttendanceStore(db).find(eventId, personId);
    const auto person = PersonStore(db).get(personId).valueOr(std::nullopt);
    const qint64 organisationId = member ? member->organisationId : person ? person->organisationId : 0;
    // Someone of the member's organisation first: a substitute usually comes from the same office.
    QList<Person> found = PersonStore(db).findByName(trimmed, organisationId);
    if (found.isEmpty())
        found = PersonStore(db).findByName(trimmed);
    const auto apply = [eventId, personId, proxyStatus](Database& target, const Person& came) {
        const Result<qint64> role = AttendanceRules::defaultRole(target, eventId, came.id);
        return role ? AttendanceStore(target).setProxy(eventId, personId, proxyStatus, *role, came) : role.status();
    };
    if (!found.isEmpty()) {
        const Person came = found.first();
        if (came.id == personId)
            return;
        editRows(text, {personId, came.id}, [apply, came](Database& target) { return apply(target, came); });
        return;
    }
    Person created;
    created.name = trimmed;
    created.organisationId = organisationId;
    if (createAndSave(text, created, {personId}, apply))
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
    const qint64 created =
        createAndSave(tr("Add %1 (walk-in)").arg(person.name), person, {},
                      [eventId, present](Database& db, const Person& p) {
                          const Result<qint64> role = AttendanceRules::defaultRole(db, eventId, p.id);
                          if (!role)
                              return role.status();
                          Attendance a = freshRow(eventId, p, present, *role);
                          return AttendanceStore(db).save(a);
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
    Database& db = m_session.db();
    const Headcount after{m_eventId, professionId, count};
    const Headcount before{m_eventId, professionId, m_headcounts->count(professionId)};
    m_session.edit(
        UndoText::atEvent(tr("Headcount %1: %2").arg(CodeListStore(db).label(professionId)).arg(count), db,
                          m_eventId),
        EditTarget::of(EditTarget::Kind::Event, m_eventId, EditTarget::Attendance),
        [&db, after] { return AttendanceStore(db).setHeadcount(after); },
        [&db, before] { return AttendanceStore(db).setHeadcount(before); });
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
