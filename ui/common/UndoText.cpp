#include "common/UndoText.h"

#include "date/JapaneseDate.h"
#include "model/Event.h"
#include "service/EventService.h"

#include <QStringList>

QString UndoText::change(const QList<Field>& fields, const QString& record)
{
    QStringList changed;
    for (const Field& f : fields)
        if (f.changed)
            changed << f.name;
    const QString what = changed.size() == 1 ? changed.first() : tr("details");
    return tr("Change of %1 (%2)", "the field, the record").arg(what, record);
}

QString UndoText::eventName(const Event& e)
{
    constexpr int Shown = 12;
    const QString title = e.title.size() > Shown ? e.title.left(Shown) + QStringLiteral("…") : e.title;
    return JapaneseDate::formatShort(e.date) + u' ' + title;
}

QString UndoText::withEvent(const QString& text, const std::optional<Event>& event)
{
    return event ? tr("%1 (%2)", "what changed, the event").arg(text, eventName(*event)) : text;
}

Result<QString> UndoText::atEvent(const QString& text, Services& services, qint64 eventId)
{
    const Result<std::optional<Event>> event = EventService(services).get(eventId);
    if (!event)
        return event.status();
    return withEvent(text, *event);
}
