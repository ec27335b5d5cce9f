#pragma once

#include "common/Session.h"
#include "common/UndoText.h"
#include "service/Services.h"

// The event editor's undo texts: `text` with the event it happened at (UndoText::atEvent). The
// one place the editor's tabs hand UndoText what it reads the event from.
inline QString atEvent(Session& session, const QString& text, qint64 eventId)
{
    return UndoText::atEvent(text, session.services().db(), eventId);
}
