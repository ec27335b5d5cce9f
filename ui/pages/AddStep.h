#pragma once

#include "Result.h"
#include "common/Session.h"

#include <functional>
#include <memory>

// The redo of an undoable "add": its first run adds the record through the service (which gives
// it a new id, kept in `record`), a redo after undo restores it with that same id, so that later
// steps that refer to it still apply. `Service` offers add(record) → Result<qint64> and
// restore(record) → Status.
template <class Service, class Record>
std::function<Status()> addOrRestore(Session& session, std::shared_ptr<Record> record)
{
    return [&session, record]() -> Status {
        Service service(session.services());
        if (record->id)
            return service.restore(*record);
        const Result<qint64> id = service.add(*record);
        if (!id)
            return id.status();
        record->id = *id;
        return Status::success();
    };
}
