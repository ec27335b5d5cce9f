#include "service/LegacyEventName.h"

#include "store/EventStore.h"

namespace LegacyEventName {
Result<std::optional<Event>> read(const Database& db, qint64 eventId)
{
    return EventStore(db).get(eventId);
}
} // namespace LegacyEventName
