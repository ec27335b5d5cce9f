#pragma once

#include "model/CodeItem.h"
#include "model/Person.h"
#include "model/PersonListing.h"
#include "model/ProgrammeItem.h"

#include <QHash>
#include <QWidget>
#include <functional>

class NewPersonForm;
class PersonSearch;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class Session;

// The programme of an event: its items (事例, ミニレクチャー, 講義, グループワーク …) in order, each
// with a kind, a title and lecturers picked from people or created on the spot. Every change
// is saved at once as an undoable step.
class ProgrammeTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeTab(Session& session, QWidget* parent = nullptr);
    void setLists();
    void setEvent(qint64 eventId);

    QListWidget* itemList() const { return m_items; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* lecturerList() const { return m_lecturerList; }
    PersonSearch* lecturerSearch() const { return m_search; }
    NewPersonForm* newLecturerForm() const { return m_newLecturer; }
    qint64 currentItemId() const;

private:
    const ProgrammeItem* item(qint64 id) const;
    void showItem();
    void commit();
    bool update(const QString& text, const ProgrammeItem& before, const ProgrammeItem& after);
    void addItem();
    void removeItem();
    void move(int delta);
    void addLecturer(qint64 personId);
    void createLecturer(const Person& person);
    void removeLecturer();
    void selectItem(qint64 id);

    Session& m_session;
    qint64 m_eventId = 0;
    QList<ProgrammeItem> m_list;
    QList<CodeItem> m_kinds;                   // the item kinds, as read for the combo
    QHash<qint64, PersonListing> m_lecturers;  // the programme's lecturers, read with it
    QListWidget* m_items;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QWidget* m_itemEditor;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QListWidget* m_lecturerList;
    QPushButton* m_removeLecturer;
    PersonSearch* m_search;
    NewPersonForm* m_newLecturer;
    bool m_loading = false;
};
