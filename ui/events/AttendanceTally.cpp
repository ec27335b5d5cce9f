#include "events/AttendanceTally.h"

#include "counts/ParticipantCounts.h"

#include <QStringList>

QString AttendanceTally::text(const Database& db, qint64 eventId)
{
    const ParticipantCounts counts(db);
    const std::optional<int> total = counts.eventCount(eventId);
    if (!total)
        return tr("No attendance recorded yet");
    const auto table = counts.computeForEvent(eventId, CountTable::Breakdown::Profession, nullptr);
    QStringList parts;
    if (table)
        for (const CountTable::Row& row : table->rows)
            if (row.count.value_or(0) > 0)
                parts << tr("%1 %2", "profession and its count in the tally").arg(row.label).arg(*row.count);
    QString text = parts.isEmpty() ? tr("Participants: %n", nullptr, *total)
                                   : tr("Participants: %n (%1)", nullptr, *total)
                                         .arg(parts.join(tr(", ", "between professions in the tally")));
    // Who came but is not counted, and why: a lecturer ticked as present is not a participant.
    Status st;
    const auto others = counts.notCounted(eventId, &st);
    if (!others)
        return text + u'\n' + st.message();
    for (const ParticipantCounts::NotCounted& group : *others)
        text += u'\n' +
                tr("Not counted as participants: %1 %n (%2)", "role, count, names", int(group.names.size()))
                    .arg(group.role, group.names.join(tr(", ", "between names in the tally")));
    return text;
}
