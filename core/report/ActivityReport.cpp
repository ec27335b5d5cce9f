#include "report/ActivityReport.h"

#include "Locale.h"
#include "counts/ParticipantCounts.h"
#include "date/JapaneseDate.h"
#include "db/Database.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "store/SettingsStore.h"

#include <QHash>

namespace {
// Names of organisations and people, each read once.
class NameCache
{
public:
    explicit NameCache(const Database& db) : m_organisations(db), m_people(db) {}

    QString organisation(qint64 id)
    {
        if (!id)
            return QString();
        if (!m_orgNames.contains(id)) {
            const auto o = m_organisations.get(id).valueOr(std::nullopt);
            m_orgNames.insert(id, o ? o->name : QString());
        }
        return m_orgNames.value(id);
    }
    std::optional<Person> person(qint64 id)
    {
        if (!id)
            return std::nullopt;
        if (!m_persons.contains(id)) {
            const auto p = m_people.get(id).valueOr(std::nullopt);
            if (!p)
                return std::nullopt;
            m_persons.insert(id, *p);
        }
        return m_persons.value(id);
    }

private:
    OrganisationStore m_organisations;
    PersonStore m_people;
    QHash<qint64, QString> m_orgNames;
    QHash<qint64, Person> m_persons;
};

QString jaLabel(const CodeListStore& codes, qint64 id)
{
    const auto c = id ? codes.get(id) : std::nullopt;
    return c ? c->labelJa : QString();
}

bool overlaps(const Membership& m, const FiscalYear& year)
{
    return (!m.termFrom.isValid() || m.termFrom <= year.lastDay()) &&
           (!m.termTo.isValid() || year.firstDay() <= m.termTo);
}

// 所属 役職 氏名 先生, as the seed writes a lecturer.
ActivityReport::Lecturer lecturer(NameCache& names, const Person& p)
{
    QStringList parts;
    for (const QString& part : {names.organisation(p.organisationId), p.department, p.title})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return {parts.join(u' '),
            Locale::japanese("ActivityReport", QT_TRANSLATE_NOOP("ActivityReport", "%1 sensei")).arg(p.name.trimmed())};
}
} // namespace

QString ActivityReport::quotedTheme(const QString& theme)
{
    if (theme.startsWith(u'「') || theme.startsWith(u'『'))
        return theme;
    return u'「' + theme + u'」';
}

QString ActivityReport::trainingDateLabel(const QDate& date, int number)
{
    const QString day = JapaneseDate::formatShort(date);
    return number > 0 ? Locale::japanese("ActivityReport", QT_TRANSLATE_NOOP("ActivityReport", "%1 (No. %2)"))
                            .arg(day)
                            .arg(number)
                      : day;
}

std::optional<ActivityReport> ActivityReport::build(const Database& db, const FiscalYear& year, const QDate& issued,
                                                    Status* status)
{
    ActivityReport r;
    r.year = year;
    r.issued = issued;
    const SettingsStore settings(db);
    r.councilName = settings.value(SettingsStore::CouncilName);
    r.secretariat = settings.value(SettingsStore::Secretariat);
    r.recipient = settings.value(SettingsStore::ReportRecipient);

    CodeListStore codes(db);
    NameCache names(db);
    BodyStore bodies(db);
    QHash<qint64, QString> bodyNames;
    QHash<qint64, QString> bodyShortNames; // where a table names a body
    const QList<Body> allBodies = bodies.all();
    for (const Body& b : allBodies) {
        bodyNames.insert(b.id, b.name);
        bodyShortNames.insert(b.id, b.shortName.trimmed().isEmpty() ? b.name : b.shortName.trimmed());
    }
    for (const Body& b : allBodies) {
        const auto kind = codes.get(b.kindId);
        const QString kindCode = kind ? kind->code : QString();
        // The council's own structure: not the body it reports to, nor partner councils.
        if (!b.active || kindCode == QLatin1String("regional-medical-council") ||
            kindCode == QLatin1String("partner-council"))
            continue;
        BodyEntry entry;
        entry.name = b.name;
        entry.kind = kind ? kind->labelJa : QString();
        entry.parent = bodyNames.value(b.parentId);
        for (const Membership& m : bodies.memberships(b.id)) {
            if (!overlaps(m, year))
                continue;
            Seat seat;
            seat.role = jaLabel(codes, m.roleId);
            const auto person = names.person(m.personId);
            seat.profession = jaLabel(codes, m.professionId ? m.professionId : person ? person->professionId : 0);
            seat.person = person ? person->name : QString();
            seat.organisation = names.organisation(m.organisationId ? m.organisationId
                                                                    : person ? person->organisationId : 0);
            entry.seats << seat;
        }
        r.bodies << entry;
    }

    const ParticipantCounts counts(db, ParticipantCounts::Labels::Japanese);
    ProgrammeStore programme(db);
    const qint64 meetingKind = codes.idOf(CodeListStore::EventKind, QStringLiteral("meeting"));
    const Result<QList<Event>> events = EventStore(db).between(year.firstDay(), year.lastDay());
    if (!events) {
        if (status)
            *status = events.status();
        return std::nullopt;
    }
    for (const Event& e : *events) {
        const Result<QList<ProgrammeItem>> read = programme.items(e.id);
        if (!read) {
            if (status)
                *status = read.status();
            return std::nullopt;
        }
        const QList<ProgrammeItem>& items = *read;
        if (e.kindId == meetingKind) {
            Meeting m;
            m.date = e.date;
            m.body = bodyShortNames.value(e.bodyId);
            m.number = e.number;
            m.title = e.title;
            for (const ProgrammeItem& item : items)
                m.agenda << item.title;
            if (m.agenda.isEmpty() && !e.theme.isEmpty())
                m.agenda << e.theme;
            m.summary = !e.outcomes.trimmed().isEmpty() ? e.outcomes.trimmed() : e.minutes.trimmed();
            m.attendees = counts.eventCount(e.id);
            r.meetings << m;
            continue;
        }
        Training t;
        t.date = e.date;
        t.number = e.number;
        t.title = e.title;
        t.theme = e.theme.trimmed();
        t.venue = e.venue.trimmed();
        t.format = jaLabel(codes, e.formatId);
        t.participants = counts.eventCount(e.id);
        for (const ProgrammeItem& item : items) {
            const QString kind = jaLabel(codes, item.kindId);
            if (t.programme.isEmpty() || t.programme.last().first != kind)
                t.programme.append({kind, {}});
            t.programme.last().second << item.title;
            for (qint64 id : item.lecturerIds)
                if (const auto p = names.person(id)) {
                    const Lecturer l = lecturer(names, *p);
                    if (!t.lecturers.contains(l))
                        t.lecturers << l;
                }
        }
        r.trainings << t;
    }

    Status st = Status::success();
    const auto compute = [&](const FiscalYear& y, CountTable::Breakdown by) {
        auto table = counts.compute(y, by, &st);
        return table ? *table : CountTable();
    };
    r.byProfession = compute(year, CountTable::Breakdown::Profession);
    r.byGroup = compute(year, CountTable::Breakdown::ProfessionGroup);
    r.byOrganisation = compute(year, CountTable::Breakdown::Organisation);
    for (int back = 2; back >= 0 && st; --back) {
        YearSummary y;
        y.year = FiscalYear(year.startYear() - back);
        if (back == 0) { // this year's events and counts are read above
            y.meetings = int(r.meetings.size());
            y.trainings = int(r.trainings.size());
            y.byGroup = r.byGroup;
        } else {
            const Result<QList<Event>> earlier = EventStore(db).between(y.year.firstDay(), y.year.lastDay());
            if (!earlier) {
                st = earlier.status();
                break;
            }
            for (const Event& e : *earlier)
                ++(e.kindId == meetingKind ? y.meetings : y.trainings);
            y.byGroup = compute(y.year, CountTable::Breakdown::ProfessionGroup);
        }
        y.participants = y.byGroup.total;
        y.distinctPersons = y.byGroup.distinctPersons;
        r.years << y;
    }
    if (!st) {
        if (status)
            *status = st;
        return std::nullopt;
    }
    if (status)
        *status = Status::success();
    return r;
}
