#include "io/EventImporter.h"

#include "date/JapaneseDate.h"
#include "io/ImportContext.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/EventStore.h"

#include <QRegularExpression>

namespace {
qint64 body(ImportContext& ctx, BodyStore& bodies, int row, const QString& key, const QString& name)
{
    const qint64 id = bodies.find(name);
    if (id == 0) {
        QStringList known;
        for (const Body& b : bodies.all().valueOr({})) // only to name the choices in the message
            known << b.name;
        ctx.error(row, key,
                  EventImporter::tr("there is no body called \"%1\". Known bodies: %2.")
                      .arg(name, known.join(QStringLiteral("、"))));
    }
    return id;
}

// The headcount column holds participants of unknown profession; an empty cell keeps what is stored.
int storedHeadcount(ImportContext& ctx, qint64 eventId)
{
    const qint64 unknown = ctx.codes().idOf(CodeListStore::Profession, QStringLiteral("unknown"));
    for (const Headcount& h : AttendanceStore(ctx.db()).headcounts(eventId))
        if (h.professionId == unknown)
            return h.count;
    return 0;
}

bool headcountDiffers(ImportContext& ctx, qint64 eventId, int row, int headcount)
{
    return !ctx.value(row, QStringLiteral("headcount")).isEmpty() && storedHeadcount(ctx, eventId) != headcount;
}

bool writeHeadcount(ImportContext& ctx, qint64 eventId, int row, int headcount)
{
    if (ctx.value(row, QStringLiteral("headcount")).isEmpty())
        return true;
    const qint64 unknown = ctx.codes().idOf(CodeListStore::Profession, QStringLiteral("unknown"));
    return !ctx.storeFailed(row, AttendanceStore(ctx.db()).setHeadcount({eventId, unknown, headcount}));
}

bool sameEvent(const Event& a, const Event& b)
{
    return a.kindId == b.kindId && a.bodyId == b.bodyId && a.coOrganiserIds == b.coOrganiserIds
           && a.theme == b.theme && a.series == b.series && a.number == b.number && a.startTime == b.startTime && a.endTime == b.endTime
           && a.venue == b.venue && a.formatId == b.formatId && a.purpose == b.purpose && a.outcomes == b.outcomes;
}
} // namespace

QList<ImportField> EventImporter::fields()
{
    return {
        {QStringLiteral("kind"), {QStringLiteral("区分"), QStringLiteral("種別")}, true},
        {QStringLiteral("date"), {QStringLiteral("日付"), QStringLiteral("実施日"), QStringLiteral("開催日")}, true},
        {QStringLiteral("start"), {QStringLiteral("開始"), QStringLiteral("開始時刻")}},
        {QStringLiteral("end"), {QStringLiteral("終了"), QStringLiteral("終了時刻")}},
        {QStringLiteral("title"), {QStringLiteral("表題"), QStringLiteral("テーマ"), QStringLiteral("名称")}, true},
        {QStringLiteral("theme"), {QStringLiteral("副題")}},
        {QStringLiteral("series"), {QStringLiteral("シリーズ")}},
        {QStringLiteral("number"), {QStringLiteral("回")}},
        {QStringLiteral("body"), {QStringLiteral("主催")}},
        {QStringLiteral("venue"), {QStringLiteral("会場")}},
        {QStringLiteral("format"), {QStringLiteral("形式")}},
        {QStringLiteral("co_organisers"), {QStringLiteral("共催")}},
        {QStringLiteral("purpose"), {QStringLiteral("目的")}},
        {QStringLiteral("outcomes"), {QStringLiteral("成果")}},
        {QStringLiteral("headcount"), {QStringLiteral("参加者数")}},
    };
}

void EventImporter::importRow(ImportContext& ctx, int row)
{
    bool ok = ctx.require(row, QStringLiteral("kind")) & ctx.require(row, QStringLiteral("date"))
              & ctx.require(row, QStringLiteral("title"));
    if (!ok)
        return;
    BodyStore bodies(ctx.db());
    Event event;
    event.kindId = ctx.code(row, QStringLiteral("kind"), CodeListStore::EventKind);
    const auto date = ctx.date(row, QStringLiteral("date"));
    const auto start = ctx.time(row, QStringLiteral("start"));
    const auto end = ctx.time(row, QStringLiteral("end"));
    const auto number = ctx.number(row, QStringLiteral("number"));
    const auto headcount = ctx.number(row, QStringLiteral("headcount"));
    event.formatId = ctx.code(row, QStringLiteral("format"), CodeListStore::EventFormat);
    ok = event.kindId && date && start && end && number && headcount
         && (event.formatId || ctx.value(row, QStringLiteral("format")).isEmpty());
    const QString bodyName = ctx.value(row, QStringLiteral("body"));
    if (!bodyName.isEmpty()) {
        event.bodyId = body(ctx, bodies, row, QStringLiteral("body"), bodyName);
        ok = ok && event.bodyId;
    }
    static const QRegularExpression separators(QStringLiteral("[、,;；/／]"));
    for (const QString& co : ctx.value(row, QStringLiteral("co_organisers")).split(separators, Qt::SkipEmptyParts)) {
        const qint64 id = body(ctx, bodies, row, QStringLiteral("co_organisers"), co.trimmed());
        ok = ok && id;
        event.coOrganiserIds << id;
    }
    if (!ok)
        return;
    event.date = *date;
    event.startTime = *start;
    event.endTime = *end;
    event.number = *number;
    event.title = ctx.value(row, QStringLiteral("title"));
    event.theme = ctx.value(row, QStringLiteral("theme"));
    event.series = ctx.value(row, QStringLiteral("series"));
    event.venue = ctx.value(row, QStringLiteral("venue"));
    event.purpose = ctx.value(row, QStringLiteral("purpose"));
    event.outcomes = ctx.value(row, QStringLiteral("outcomes"));

    EventStore events(ctx.db());
    const QString what = tr("event %1 %2").arg(JapaneseDate::formatShort(event.date), event.title);
    const QList<Event> existing = events.findByDate(event.date, event.title);
    if (existing.isEmpty()) {
        if (ctx.storeFailed(row, events.insert(event)))
            return;
        ctx.added(row, ImportReport::Record::Event, what);
    } else {
        const Event& stored = existing.first();
        Event merged = stored;
        merged.kindId = event.kindId;
        if (event.bodyId)
            merged.bodyId = event.bodyId;
        if (!event.coOrganiserIds.isEmpty())
            merged.coOrganiserIds = event.coOrganiserIds;
        if (!event.theme.isEmpty())
            merged.theme = event.theme;
        if (!event.series.isEmpty())
            merged.series = event.series;
        if (event.number)
            merged.number = event.number;
        if (event.startTime.isValid())
            merged.startTime = event.startTime;
        if (event.endTime.isValid())
            merged.endTime = event.endTime;
        if (!event.venue.isEmpty())
            merged.venue = event.venue;
        if (event.formatId)
            merged.formatId = event.formatId;
        if (!event.purpose.isEmpty())
            merged.purpose = event.purpose;
        if (!event.outcomes.isEmpty())
            merged.outcomes = event.outcomes;
        const bool changed = !sameEvent(merged, stored) || headcountDiffers(ctx, stored.id, row, *headcount);
        if (changed && ctx.storeFailed(row, events.update(merged)))
            return;
        if (changed && !writeHeadcount(ctx, stored.id, row, *headcount))
            return;
        if (changed)
            ctx.updated(row, what);
        else
            ctx.skipped(row, tr("%1 (no change)").arg(what));
        return;
    }
    writeHeadcount(ctx, event.id, row, *headcount);
}
