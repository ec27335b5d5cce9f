#include "io/AttendanceImporter.h"

#include "attendance/ProxyAttendance.h"
#include "date/JapaneseDate.h"
#include "domain/Codes.h"
#include "io/ImportContext.h"

QList<ImportField> AttendanceImporter::fields()
{
    return {
        {QStringLiteral("date"), {QStringLiteral("日付"), QStringLiteral("実施日"), QStringLiteral("開催日")}, true},
        {QStringLiteral("event"), {QStringLiteral("表題"), QStringLiteral("会議名"), QStringLiteral("研修名")}},
        {QStringLiteral("name"), {QStringLiteral("氏名"), QStringLiteral("名前")}, true},
        {QStringLiteral("reading"), {QStringLiteral("ふりがな"), QStringLiteral("フリガナ"), QStringLiteral("よみ")}},
        {QStringLiteral("organisation"), {QStringLiteral("所属"), QStringLiteral("所属機関")}},
        {QStringLiteral("profession"), {QStringLiteral("職種")}},
        {QStringLiteral("status"), {QStringLiteral("出欠")}},
        {QStringLiteral("role"), {QStringLiteral("役割")}},
    };
}

Status AttendanceImporter::prepare(ImportContext& ctx)
{
    ImportLookups& lookups = ctx.lookups();
    Status st = lookups.loadOrganisations();
    if (st)
        st = lookups.loadPeople();
    const auto range = ctx.dateRange(QStringLiteral("date"));
    if (st && range)
        st = lookups.loadEvents(range->first, range->second,
                                ctx.codes().idOf(CodeListStore::Profession, Code::UnknownProfession));
    lookups.reserveAttendance(ctx.table().rowCount());
    return st;
}

void AttendanceImporter::importRow(ImportContext& ctx, int row)
{
    if (!(ctx.require(row, QStringLiteral("date")) & ctx.require(row, QStringLiteral("name"))))
        return;
    const auto date = ctx.date(row, QStringLiteral("date"));
    const qint64 profession = ctx.code(row, QStringLiteral("profession"), CodeListStore::Profession);
    const qint64 status =
        ctx.code(row, QStringLiteral("status"), CodeListStore::AttendanceStatus, Code::Present);
    // An empty role is decided below, once the event and the person are known.
    const bool roleGiven = !ctx.value(row, QStringLiteral("role")).isEmpty();
    qint64 role = ctx.code(row, QStringLiteral("role"), CodeListStore::AttendanceRole);
    if (!date || !status || (roleGiven && !role) ||
        (!profession && !ctx.value(row, QStringLiteral("profession")).isEmpty()))
        return;

    const QString title = ctx.value(row, QStringLiteral("event"));
    const QList<Event> events = ctx.lookups().eventsOn(*date, title);
    if (events.size() != 1) {
        const QString when = JapaneseDate::formatLongNoWeekday(*date);
        if (events.isEmpty() && title.isEmpty())
            ctx.error(row, QStringLiteral("date"), tr("there is no event on %1.").arg(when));
        else if (events.isEmpty())
            ctx.error(row, QStringLiteral("event"), tr("there is no event \"%1\" on %2.").arg(title, when));
        else
            ctx.error(row, QStringLiteral("event"),
                      tr("%n events take place on %1; give the event's title to choose one.", nullptr,
                         int(events.size()))
                          .arg(when));
        return;
    }
    const Event& event = events.first();

    const QString name = ctx.value(row, QStringLiteral("name"));
    const qint64 organisation = ctx.organisation(row, QStringLiteral("organisation"));
    const auto personId = ctx.findPerson(row, name, organisation);
    if (!personId)
        return;
    Person person;
    if (*personId) {
        person = *ctx.lookups().person(*personId);
    } else {
        person.name = name;
        person.reading = ctx.value(row, QStringLiteral("reading"));
        person.organisationId = organisation;
        person.professionId = profession;
        if (ctx.storeFailed(row, ctx.people().insert(person)))
            return;
        ctx.lookups().personWritten(person);
        ctx.added(row, ImportReport::Record::Person, tr("person %1").arg(name));
    }

    Attendance attendance;
    attendance.eventId = event.id;
    attendance.personId = person.id;
    attendance.statusId = status;
    const Attendance* stored = ctx.lookups().attendance(event.id, person.id);
    if (!roleGiven)
        role = stored ? stored->roleId : ctx.defaultRole(event.id, person.id);
    attendance.roleId = role;
    // As of the event: what the sheet says; else what was recorded before; else what we know
    // of the person today (a re-import after a change of job must not rewrite the past).
    attendance.professionId = profession ? profession : stored ? stored->professionId : person.professionId;
    attendance.organisationId = organisation ? organisation : stored ? stored->organisationId : person.organisationId;
    const QString what = tr("attendance of %1 at %2 %3")
                             .arg(person.name, ctx.shortDate(event.date), event.title);
    if (stored && stored->statusId == attendance.statusId && stored->roleId == attendance.roleId
        && stored->professionId == attendance.professionId && stored->organisationId == attendance.organisationId) {
        ctx.skipped(row, tr("%1 (no change)").arg(what));
        return;
    }
    if (!stored) {
        ctx.addAttendance(row, attendance);
        ctx.lookups().attendanceWritten(attendance);
        ctx.added(row, ImportReport::Record::Attendance, what);
        return;
    }
    ProxyAttendance::keepLink(*stored, attendance);
    if (!ctx.saveAttendance(row, attendance))
        return;
    ctx.lookups().attendanceWritten(attendance); // `stored` is not valid from here
    ctx.updated(row, what);
}
