#include "events/AttendanceTally.h"

#include <QStringList>

QString AttendanceTally::text(const Result<AttendanceService::Tally>& tally)
{
    if (!tally)
        return tally.status().message();
    if (!tally->total)
        return tr("No attendance recorded yet");
    const int total = *tally->total;
    QStringList parts;
    for (const CountTable::Row& row : tally->byProfession)
        if (row.count.value_or(0) > 0)
            parts << tr("%1 %2", "profession and its count in the tally").arg(row.label).arg(*row.count);
    QString text = parts.isEmpty() ? tr("Participants: %n", nullptr, total)
                                   : tr("Participants: %n (%1)", nullptr, total)
                                         .arg(parts.join(tr(", ", "between professions in the tally")));
    // Who came but is not counted, and why: a lecturer ticked as present is not a participant.
    for (const ParticipantCounts::NotCounted& group : tally->notCounted)
        text += u'\n' +
                tr("Not counted as participants: %1 %n (%2)", "role, count, names", int(group.names.size()))
                    .arg(group.role, group.names.join(tr(", ", "between names in the tally")));
    return text;
}
