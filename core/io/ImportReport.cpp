#include "io/ImportReport.h"

QString ImportReport::addedByKind() const
{
    QStringList parts;
    for (auto it = addedCounts.cbegin(); it != addedCounts.cend(); ++it) {
        switch (it.key()) {
        case Record::Organisation:
            parts << tr("%n organisation(s)", nullptr, it.value());
            break;
        case Record::Person:
            parts << tr("%n person(s)", nullptr, it.value());
            break;
        case Record::Event:
            parts << tr("%n event(s)", nullptr, it.value());
            break;
        case Record::Attendance:
            parts << tr("%n attendance record(s)", nullptr, it.value());
            break;
        }
    }
    return parts.isEmpty() ? tr("none") : parts.join(tr(", ", "between kinds of added records"));
}
