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
// The first read that failed, kept so that the report is built to the end of a step and then
// refused: a report that silently lacks rows (every lecturer, a body's members) is never made.
class Reads
{
public:
    template <class T>
    T take(Result<T> result, T fallback = T())
    {
        if (result)
            return std::move(result).value();
        if (m_status)
            m_status = result.status();
        return fallback;
    }
    const Status& status() const { return m_status; }

private:
    Status m_status;
};

// Names of organisations and people, each read once.
class NameCache
{
public:
    NameCache(const Database& db, Reads& reads) : m_organisations(db), m_people(db), m_reads(reads) {}

    QString organisation(qint64 id)
    {
        if (!id)
            return QString();
        if (!m_orgNames.contains(id)) {
            const auto o = m_reads.take(m_organisations.get(id));
            m_orgNames.insert(id, o ? o->name : QString());
        }
        return m_orgNames.value(id);
    }
    std::optional<Person> person(qint64 id)
    {
        if (!id)
            return std::nullopt;
        if (!m_persons.contains(id)) {
            const auto p = m_reads.take(m_people.get(id));
            if (!p)
                return std::nullopt;
            m_persons.insert(id, *p);
        }
        return m_persons.value(id);
    }

private:
    OrganisationStore m_organisations;
    PersonStore m_people;
    Reads& m_reads;
    QHash<qint64, QString> m_orgNames;
    QHash<qint64, Person> m_persons;
};

std::optional<CodeItem> code(const CodeListStore& codes, Reads& reads, qint64 id)
{
    return id ? reads.take(codes.get(id)) : std::nullopt;
}

QString jaLabel(const CodeListStore& codes, Reads& reads, qint64 id)
{
    const auto c = code(codes, reads, id);
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
    Reads reads;
    const SettingsStore settings(db);
    r.councilName = reads.take(settings.value(SettingsStore::CouncilName));
    r.secretariat = reads.take(settings.value(SettingsStore::Secretariat));
    r.recipient = reads.take(settings.value(SettingsStore::ReportRecipient));

    CodeListStore codes(db);
    NameCache names(db, reads);
    BodyStore bodies(db);
    QHash<qint64, QString> bodyNames;
    QHash<qint64, QString> bodyShortNames; // where a table names a body
    const QList<Body> allBodies = reads.take(bodies.all());
    for (const Body& b : allBodies) {
        bodyNames.insert(b.id, b.name);
        bodyShortNames.insert(b.id, b.shortName.trimmed().isEmpty() ? b.name : b.shortName.trimmed());
    }
    for (const Body& b : allBodies) {
        const auto kind = code(codes, reads, b.kindId);
        const QString kindCode = kind ? kind->code : QString();
        // The council's own structure: not the body it reports to, nor partner councils.
        if (!b.active || kindCode == QLatin1String("regional-medical-council") ||
            kindCode == QLatin1String("partner-council"))
            continue;
        BodyEntry entry;
        entry.name = b.name;
        entry.kind = kind ? kind->labelJa : QString();
        entry.parent = bodyNames.value(b.parentId);
        for (const Membership& m : reads.take(bodies.memberships(b.id))) {
            if (!overlaps(m, year))
                continue;
            Seat seat;
            seat.role = jaLabel(codes, reads, m.roleId);
            const auto person = names.person(m.personId);
            seat.profession =
                jaLabel(codes, reads, m.professionId ? m.professionId : person ? person->professionId : 0);
            seat.person = person ? person->name : QString();
            seat.organisation = names.organisation(m.organisationId ? m.organisationId
                                                                    : person ? person->organisationId : 0);
            entry.seats << seat;
        }
        r.bodies << entry;
    }

    const ParticipantCounts counts(db, ParticipantCounts::Labels::Japanese);
    const auto compute = [&](const FiscalYear& y, CountTable::Breakdown by) {
        Status failed;
        const auto table = counts.compute(y, by, &failed);
        return reads.take(table ? Result<CountTable>(*table) : Result<CountTable>(failed));
    };
    // Each event's count, from the one table of the year's events (none: never recorded).
    QHash<QString, std::optional<int>> eventCounts;
    for (const CountTable::Row& row : compute(year, CountTable::Breakdown::Event).rows)
        eventCounts.insert(row.key, row.count);
    ProgrammeStore programme(db);
    const qint64 meetingKind = codes.idOf(CodeListStore::EventKind, QStringLiteral("meeting"));
    for (const Event& e : reads.take(EventStore(db).between(year.firstDay(), year.lastDay()))) {
        const QList<ProgrammeItem> items = reads.take(programme.items(e.id));
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
            m.attendees = eventCounts.value(QString::number(e.id));
            r.meetings << m;
            continue;
        }
        Training t;
        t.date = e.date;
        t.number = e.number;
        t.title = e.title;
        t.theme = e.theme.trimmed();
        t.venue = e.venue.trimmed();
        t.format = jaLabel(codes, reads, e.formatId);
        t.participants = eventCounts.value(QString::number(e.id));
        for (const ProgrammeItem& item : items) {
            const QString kind = jaLabel(codes, reads, item.kindId);
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

    r.byProfession = compute(year, CountTable::Breakdown::Profession);
    r.byGroup = compute(year, CountTable::Breakdown::ProfessionGroup);
    r.byOrganisation = compute(year, CountTable::Breakdown::Organisation);
    for (int back = 2; back >= 0 && reads.status(); --back) {
        YearSummary y;
        y.year = FiscalYear(year.startYear() - back);
        if (back == 0) { // this year's events and counts are read above
            y.meetings = int(r.meetings.size());
            y.trainings = int(r.trainings.size());
            y.byGroup = r.byGroup;
        } else {
            for (const Event& e : reads.take(EventStore(db).between(y.year.firstDay(), y.year.lastDay())))
                ++(e.kindId == meetingKind ? y.meetings : y.trainings);
            y.byGroup = compute(y.year, CountTable::Breakdown::ProfessionGroup);
        }
        y.participants = y.byGroup.total;
        y.distinctPersons = y.byGroup.distinctPersons;
        r.years << y;
    }
    if (const Status& st = reads.status(); !st) {
        if (status)
            *status = st;
        return std::nullopt;
    }
    if (status)
        *status = Status::success();
    return r;
}
