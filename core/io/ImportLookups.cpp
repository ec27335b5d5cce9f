#include "io/ImportLookups.h"

#include "model/SameName.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "text/TextFolding.h"

#include <algorithm>

int ImportLookups::slotOf(const QString& name)
{
    const auto known = m_slotByName.constFind(name);
    if (known != m_slotByName.cend())
        return *known;
    const QString key = SameName::key(name);
    int slot = m_slotByKey.value(key, -1);
    if (slot < 0) {
        slot = int(m_organisationBySlot.size());
        m_slotByKey.insert(key, slot);
        m_organisationBySlot.push_back(-1);
        m_peopleBySlot.emplace_back();
    }
    m_slotByName.insert(name, slot);
    return slot;
}

const QString& ImportLookups::titleKey(const QString& title)
{
    auto found = m_titleKeys.find(title);
    if (found == m_titleKeys.end())
        found = m_titleKeys.insert(title, TextFolding::fold(title));
    return *found;
}

Status ImportLookups::loadOrganisations()
{
    Result<QList<Organisation>> all = OrganisationStore(m_db).all(); // in 五十音順
    if (!all)
        return all.status();
    m_organisations = std::move(*all);
    for (qsizetype i = 0; i < m_organisations.size(); ++i) {
        m_organisationIndex.insert(m_organisations.at(i).id, i);
        qsizetype& first = m_organisationBySlot[std::size_t(slotOf(m_organisations.at(i).name))];
        if (first < 0)
            first = i;
    }
    return Status::success();
}

const Organisation* ImportLookups::organisation(const QString& name)
{
    const qsizetype i = m_organisationBySlot[std::size_t(slotOf(name))];
    return i < 0 ? nullptr : &m_organisations.at(i);
}

void ImportLookups::organisationWritten(const Organisation& org)
{
    const auto found = m_organisationIndex.constFind(org.id);
    if (found != m_organisationIndex.cend()) {
        m_organisations[*found] = org; // an update never renames: the key stays
        return;
    }
    m_organisations << org;
    m_organisationIndex.insert(org.id, m_organisations.size() - 1);
    qsizetype& first = m_organisationBySlot[std::size_t(slotOf(org.name))];
    if (first < 0) // it was created because none of its name was there
        first = m_organisations.size() - 1;
}

Status ImportLookups::loadPeople()
{
    Result<QList<Person>> all = PersonStore(m_db).all();
    if (!all)
        return all.status();
    m_people = std::move(*all);
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        m_personIndex.insert(m_people.at(i).id, i);
        m_peopleBySlot[std::size_t(slotOf(m_people.at(i).name))] << i;
    }
    // PersonStore::findByName gives them by id.
    for (QList<qsizetype>& list : m_peopleBySlot)
        if (list.size() > 1)
            std::sort(list.begin(), list.end(),
                      [this](qsizetype a, qsizetype b) { return m_people.at(a).id < m_people.at(b).id; });
    return Status::success();
}

ImportLookups::PersonMatch ImportLookups::people(const QString& name, qint64 organisationId)
{
    PersonMatch match;
    for (const qsizetype i : m_peopleBySlot[std::size_t(slotOf(name))]) {
        if (!SameName::inOrganisation(m_people.at(i).organisationId, organisationId))
            continue;
        if (!match.first)
            match.first = &m_people.at(i);
        ++match.count;
    }
    return match;
}

const Person* ImportLookups::person(qint64 id) const
{
    const auto found = m_personIndex.constFind(id);
    return found == m_personIndex.cend() ? nullptr : &m_people.at(*found);
}

void ImportLookups::personWritten(const Person& person)
{
    const auto found = m_personIndex.constFind(person.id);
    if (found != m_personIndex.cend()) {
        m_people[*found] = person; // an update never renames: the key stays
        return;
    }
    m_people << person; // the newest id: last among those of its name
    m_personIndex.insert(person.id, m_people.size() - 1);
    m_peopleBySlot[std::size_t(slotOf(person.name))] << m_people.size() - 1;
}

Status ImportLookups::loadBodies()
{
    Result<QList<Body>> bodies = BodyStore(m_db).all();
    if (!bodies)
        return bodies.status();
    m_bodies = std::move(bodies).value();
    return Status::success();
}

qint64 ImportLookups::body(const QString& name) const
{
    const QString key = TextFolding::fold(name);
    if (key.isEmpty())
        return 0;
    for (const Body& b : m_bodies)
        if (TextFolding::fold(b.name) == key || (!b.shortName.isEmpty() && TextFolding::fold(b.shortName) == key))
            return b.id;
    return 0;
}

QStringList ImportLookups::bodyNames() const
{
    QStringList names;
    for (const Body& b : m_bodies)
        names << b.name;
    return names;
}

Status ImportLookups::loadEvents(const QDate& from, const QDate& to, qint64 unknownProfessionId)
{
    Result<QList<Event>> events = EventStore(m_db).between(from, to);
    if (!events)
        return events.status();
    std::sort(events->begin(), events->end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    for (const Event& e : *events)
        m_eventsByDate[e.date] << e;

    const Result<QList<Attendance>> attendance = AttendanceStore(m_db).between(from, to);
    if (!attendance)
        return attendance.status();
    for (const Attendance& a : *attendance)
        m_attendance.insert({a.eventId, a.personId}, a);
    const Result<QList<std::pair<qint64, qint64>>> lecturers = ProgrammeStore(m_db).lecturersBetween(from, to);
    if (!lecturers)
        return lecturers.status();
    for (const auto& pair : *lecturers)
        m_lecturers.insert(pair);
    const Result<QList<Headcount>> headcounts = AttendanceStore(m_db).headcountsBetween(unknownProfessionId, from, to);
    if (!headcounts)
        return headcounts.status();
    for (const Headcount& h : *headcounts)
        m_unknownHeadcounts.insert(h.eventId, h.count);
    return Status::success();
}

QList<Event> ImportLookups::eventsOn(const QDate& date, const QString& title)
{
    const QList<Event> onDate = m_eventsByDate.value(date);
    if (title.trimmed().isEmpty())
        return onDate;
    const QString key = titleKey(title);
    QList<Event> result;
    for (const Event& e : onDate)
        if (titleKey(e.title) == key)
            result << e;
    return result;
}

void ImportLookups::eventWritten(const Event& event)
{
    QList<Event>& onDate = m_eventsByDate[event.date];
    const auto found = std::find_if(onDate.begin(), onDate.end(), [&event](const Event& e) { return e.id == event.id; });
    if (found != onDate.end())
        *found = event;
    else
        onDate << event; // the newest id
}

const Attendance* ImportLookups::attendance(qint64 eventId, qint64 personId) const
{
    const auto found = m_attendance.constFind({eventId, personId});
    return found == m_attendance.cend() ? nullptr : &*found;
}

void ImportLookups::attendanceWritten(const Attendance& attendance)
{
    m_attendance.insert({attendance.eventId, attendance.personId}, attendance);
}
