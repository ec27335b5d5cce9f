#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Services;
struct Event;

// The words of an undo entry that changes fields of a record: "Change of venue (R6.12.12 …)" for
// one field, "Change of details (…)" for several, so Edit > Undo says what it will take back.
class UndoText
{
    Q_DECLARE_TR_FUNCTIONS(UndoText)

public:
    struct Field
    {
        bool changed;
        QString name; // as the form calls it, in lower case: venue, reading
    };
    static QString change(const QList<Field>& fields, const QString& record);
    // An event as undo entries name it: its date and the start of its title (R6.12.12 かかりつけ医等…).
    static QString eventName(const Event& event);
    // `text` with the event it happened at: 白﨑直樹: 出席 (R6.12.12 かかりつけ医等…); `text` alone
    // when there is no such event, a failure when the event could not be read (EventService).
    static Result<QString> atEvent(const QString& text, Services& services, qint64 eventId);

private:
    static QString withEvent(const QString& text, const std::optional<Event>& event);
};
