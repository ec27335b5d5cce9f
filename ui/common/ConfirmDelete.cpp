#include "common/ConfirmDelete.h"

#include "common/Dialogs.h"

#include <QStringList>

QString ConfirmDelete::describe(const References& r)
{
    QStringList parts;
    if (r.attendances)
        parts << tr("%n attendance record(s)", nullptr, r.attendances);
    if (r.memberships)
        parts << tr("%n membership(s)", nullptr, r.memberships);
    if (r.lectures)
        parts << tr("%n lecture(s)", nullptr, r.lectures);
    if (r.people)
        parts << tr("%n person(s) belonging to it", nullptr, r.people);
    if (r.events)
        parts << tr("%n event(s) it organises or co-organises", nullptr, r.events);
    if (r.bodies)
        parts << tr("%n other body(ies) under it or reporting to it", nullptr, r.bodies);
    return parts.join(tr(", ", "between the kinds of records that refer to one"));
}

ConfirmDelete::Answer ConfirmDelete::ask(QWidget* parent, const QString& title, const QString& name,
                                         const References& references, bool active)
{
    if (!references.any()) {
        const auto answer = Dialogs::ask(
            parent, QMessageBox::Question, title,
            tr("Delete \"%1\"? Nothing refers to it; Undo brings it back.").arg(name),
            {{QMessageBox::Yes, tr("&Delete")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Cancel);
        return answer == QMessageBox::Yes ? Answer::Delete : Answer::Cancel;
    }
    const QString why = tr("\"%1\" is referred to by %2, so deleting it would lose that history.")
                            .arg(name, describe(references));
    if (!active) {
        Dialogs::ask(
            parent, QMessageBox::Information, title,
            why + u' ' +
                tr("It is already inactive: it stays in past records and is not offered in pick lists."),
            {{QMessageBox::Ok, tr("OK")}}, QMessageBox::Ok);
        return Answer::Cancel;
    }
    const auto answer = Dialogs::ask(
        parent, QMessageBox::Question, title,
        why + QStringLiteral("\n\n") +
            tr("Deactivate it instead? It stays in past records but is no longer offered in pick lists."),
        {{QMessageBox::Yes, tr("De&activate")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Yes);
    return answer == QMessageBox::Yes ? Answer::Deactivate : Answer::Cancel;
}
