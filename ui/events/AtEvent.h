#pragma once

#include "common/Session.h"
#include "common/UndoText.h"
#include "service/Services.h"

// The event editor's undo texts: `text` with the event it happened at (UndoText::atEvent). When
// the event cannot be read the session reports why, and the entry keeps `text` alone: the edit
// itself then meets the same failure and says so.
inline QString atEvent(Session& session, const QString& text, qint64 eventId)
{
    const Result<QString> named = UndoText::atEvent(text, session.services(), eventId);
    if (!named) {
        emit session.failed(named.status());
        return text;
    }
    return *named;
}
