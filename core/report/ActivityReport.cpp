#include "report/ActivityReport.h"

#include "Locale.h"
#include "counts/ParticipantCounts.h"
#include "date/JapaneseDate.h"
#include "db/Database.h"
#include "domain/Codes.h"
#include "domain/EventKinds.h"
#include "domain/MembershipTerms.h"
#include "report/ReportReads.h"
#include "store/BodyStore.h"
#include "store/CodeListCache.h"
#include "store/SettingsStore.h"

#include <QHash>

namespace {
// 所属 役職 氏名 先生, as the seed writes a lecturer.
ActivityReport::Lecturer lecturer(const QHash<qint64, QString>& organisations, const Person& p)
{
    QStringList parts;
    for (const QString& part : {organisations.value(p.organisationId), p.department, p.title})
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
    Result<ActivityReport> r = build(db, year, issued);
    if (status)
        *status = r ? Status::success() : r.status();
    return r ? std::optional<ActivityReport>(std::move(r).value()) : std::nullopt;
}

// A fixed number of queries, however many bodies, seats, events and programme items the year
// has: settings, codes, bodies, memberships, people, organisations, the three years' events and
// this year's programmes once each, then the counts (ParticipantCounts). Any failed read fails
// the report: a report silently lacking rows would be handed on as complete.
Result<ActivityReport> ActivityReport::build(const Database& db, const FiscalYear& year, const QDate& issued)
{
    ActivityReport r;
    r.year = year;
    r.issued = issued;
    const FiscalYear first(year.startYear() - 2); // the comparison starts two years back
    const ReportReads reads(db);
    const BodyStore bodyStore(db);
    const auto settings = SettingsStore(db).all();
    if (!settings)
        return settings.status();
    r.councilName = settings->value(SettingsStore::CouncilName);
    r.secretariat = settings->value(SettingsStore::Secretariat);
    r.recipient = settings->value(SettingsStore::ReportRecipient);
    const auto codes = CodeListCache::load(db);
    if (!codes)
        return codes.status();
    const auto allBodies = bodyStore.all();
    if (!allBodies)
        return allBodies.status();
    const auto memberships = bodyStore.allMemberships();
    if (!memberships)
        return memberships.status();
    const auto people = reads.people(year.firstDay(), year.lastDay());
    if (!people)
        return people.status();
    const auto organisations = reads.organisationNames();
    if (!organisations)
        return organisations.status();
    const auto events = reads.events(first.firstDay(), year.lastDay());
    if (!events)
        return events.status();
    const auto programmes = reads.programmes(year.firstDay(), year.lastDay());
    if (!programmes)
        return programmes.status();

    QHash<qint64, QString> bodyNames;
    QHash<qint64, QString> bodyShortNames; // where a table names a body
    for (const Body& b : *allBodies) {
        bodyNames.insert(b.id, b.name);
        bodyShortNames.insert(b.id, b.shortName.trimmed().isEmpty() ? b.name : b.shortName.trimmed());
    }
    QHash<qint64, QList<Membership>> seatsOf;
    for (const Membership& m : *memberships)
        seatsOf[m.bodyId] << m;
    for (const Body& b : *allBodies) {
        const QString kindCode = codes->code(b.kindId);
        // The council's own structure: not the body it reports to, nor partner councils.
        if (!b.active || kindCode == Code::RegionalMedicalCouncil || kindCode == Code::PartnerCouncil)
            continue;
        BodyEntry entry;
        entry.name = b.name;
        entry.kind = codes->labelJa(b.kindId);
        entry.parent = bodyNames.value(b.parentId);
        for (const Membership& m : seatsOf.value(b.id)) {
            if (!MembershipTerms::overlaps(m, year.firstDay(), year.lastDay()))
                continue;
            Seat seat;
            seat.role = codes->labelJa(m.roleId);
            const auto person = people->constFind(m.personId);
            const bool named = m.personId && person != people->cend();
            seat.profession = codes->labelJa(m.professionId ? m.professionId : named ? person->professionId : 0);
            seat.person = named ? person->name : QString();
            seat.organisation =
                organisations->value(m.organisationId ? m.organisationId : named ? person->organisationId : 0);
            entry.seats << seat;
        }
        r.bodies << entry;
    }

    const ParticipantCounts counts(db, ParticipantCounts::Labels::Japanese);
    Status st = Status::success();
    const auto compute = [&](const FiscalYear& y, CountTable::Breakdown by) {
        auto table = st ? counts.compute(y, by, &st) : std::nullopt;
        return table ? *table : CountTable();
    };
    QHash<qint64, std::optional<int>> eventCounts;
    for (const CountTable::Row& row : compute(year, CountTable::Breakdown::Event).rows)
        eventCounts.insert(row.key.toLongLong(), row.count);
    r.byProfession = compute(year, CountTable::Breakdown::Profession);
    r.byGroup = compute(year, CountTable::Breakdown::ProfessionGroup);
    r.byOrganisation = compute(year, CountTable::Breakdown::Organisation);
    QList<YearSummary> years;
    for (int back = 2; back >= 1; --back) {
        YearSummary y;
        y.year = FiscalYear(year.startYear() - back);
        y.byGroup = compute(y.year, CountTable::Breakdown::ProfessionGroup);
        years << y;
    }
    if (!st)
        return st;

    for (const Event& e : *events) {
        if (e.date < year.firstDay()) { // an earlier year of the comparison
            for (YearSummary& y : years)
                if (y.year.contains(e.date))
                    ++(EventKinds::isMeeting(codes->code(e.kindId)) ? y.meetings : y.trainings);
            continue;
        }
        const QList<ProgrammeItem> items = programmes->value(e.id);
        if (EventKinds::isMeeting(codes->code(e.kindId))) {
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
            m.attendees = eventCounts.value(e.id);
            r.meetings << m;
            continue;
        }
        Training t;
        t.date = e.date;
        t.number = e.number;
        t.title = e.title;
        t.theme = e.theme.trimmed();
        t.venue = e.venue.trimmed();
        t.format = codes->labelJa(e.formatId);
        t.participants = eventCounts.value(e.id);
        for (const ProgrammeItem& item : items) {
            const QString kind = codes->labelJa(item.kindId);
            if (t.programme.isEmpty() || t.programme.last().first != kind)
                t.programme.append({kind, {}});
            t.programme.last().second << item.title;
            for (qint64 id : item.lecturerIds)
                if (const auto p = people->constFind(id); p != people->cend()) {
                    const Lecturer l = lecturer(*organisations, *p);
                    if (!t.lecturers.contains(l))
                        t.lecturers << l;
                }
        }
        r.trainings << t;
    }

    YearSummary current;
    current.year = year;
    current.meetings = int(r.meetings.size());
    current.trainings = int(r.trainings.size());
    current.byGroup = r.byGroup;
    years << current;
    for (YearSummary& y : years) {
        y.participants = y.byGroup.total;
        y.distinctPersons = y.byGroup.distinctPersons;
    }
    r.years = years;
    return r;
}
