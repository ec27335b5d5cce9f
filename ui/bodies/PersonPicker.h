#pragma once

#include <QLineEdit>

class Database;
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
    void setDatabase(const Database* db);
    void setPerson(qint64 id);
    qint64 personId() const { return m_personId; }
    // Picks the only active person the typed text finds; false if none or several.
    bool resolveTyped();
    QCompleter* personCompleter() const { return m_completer; }

signals:
    void personChosen(qint64 id);

private:
    void textWasEdited(const QString& text);
    void choose(const QModelIndex& index);

    const Database* m_db = nullptr;
    PersonMatchModel* m_matches;
    QCompleter* m_completer;
    qint64 m_personId = 0;
};
