#pragma once

#include "pages/RecordPage.h"

class PersonEditor;
class PersonHistoryTabs;
class PersonListModel;
struct Person;

// 関係者: the people, their editor with attendance history and memberships, duplicate
// warnings and safe deletion.
class PeoplePage : public RecordPage
{
    Q_OBJECT

public:
    explicit PeoplePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("People"); }
    PersonEditor* editor() const { return m_editor; }
    PersonHistoryTabs* historyTabs() const { return m_history; }

protected:
    // Person and organisation changes row by row; code list changes read everything again.
    void apply(const Changes& changes) override;
    void reload() override;
    EditTarget::Kind recordKind() const override { return EditTarget::Kind::Person; }
    void clear() override;
    void showRecord(qint64 id) override;
    void newRecord() override;
    void duplicateRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void save(const Person& before, const Person& after);
    bool confirmNotDuplicate(const Person& before, const Person& after);
    void add(const Person& person);
    void remove(const Person& person, const QString& text);

    PersonListModel* m_model;
    PersonEditor* m_editor;
    PersonHistoryTabs* m_history;
    qint64 m_shownId = 0;
    // The person added by New or Duplicate while it is still the one shown: cancelling a
    // duplicate warning then discards it instead of reverting a field.
    qint64 m_addedId = 0;
    bool m_loaded = false; // the list holds the open file's people
};
