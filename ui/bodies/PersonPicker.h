#pragma once

#include "Status.h"

#include <QLineEdit>

class Services;
class PersonMatchModel;
class QCompleter;

// A field to pick a person by typing part of the name or reading (folded by the core, so
// 白崎, しらさき and ｼﾗｻｷ all find 白﨑直樹). A popup lists the matches; picking one sets
// personId(). Typing again clears the pick until another is chosen.
class PersonPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonPicker(QWidget* parent = nullptr);
    // The council to search (null: none open); a failure when the organisations' names could
    // not be read. Searches as the user types show their own failures.
    Status setServices(Services* services);
    // Shows person `id` (0: none); a failure, and an empty field, when they could not be read.
    Status setPerson(qint64 id);
    qint64 personId() const { return m_personId; }
    // Picks the only active person the typed text finds; false if none or several, or if the
    // search failed (which is shown).
    bool resolveTyped();
    QCompleter* personCompleter() const { return m_completer; }

signals:
    void personChosen(qint64 id);

private:
    void textWasEdited(const QString& text);
    void choose(const QModelIndex& index);

    void report(const Status& status);

    Services* m_services = nullptr;
    PersonMatchModel* m_matches;
    QCompleter* m_completer;
    qint64 m_personId = 0;
};
