#pragma once

#include "Result.h"
#include "model/Event.h"

#include <optional>

class Database;

// For the event tabs not yet moved onto services (ui/events, issue 9), which still hand undo
// texts the database instead of the services: the event read through its store. Remove with
// its last caller; everything else reads events through EventService::get.
namespace LegacyEventName {
Result<std::optional<Event>> read(const Database& db, qint64 eventId);
}
