#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
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
    // `text` with the event it happened at: 白﨑直樹: 出席 (R6.12.12 かかりつけ医等…).
    static QString atEvent(const QString& text, const Database& db, qint64 eventId);
};
