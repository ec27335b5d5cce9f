#pragma once

#include "pages/RecordPage.h"

class EventEditor;
class EventListModel;
class QTableView;
struct Event;

// 会議 or 研修会・事例検討会: the events of the selected fiscal year beside the editor of the
// selected one (details, programme, attendance); New, Duplicate and Delete.
class EventsPage : public RecordPage
{
    Q_OBJECT

public:
    enum Kind { Meetings, Trainings };
    EventsPage(Session& session, Kind kind, QWidget* parent = nullptr);
    QString title() const override;
    QTableView* view() const { return listView(); }
    EventEditor* editor() const { return m_editor; }
    // Selects event `id`, switching to its fiscal year (and saying so) when it is in another.
    void reveal(qint64 id) override;
    // The page of the event's kind (meetings or the others) shows it, on the edit's tab.
    bool shows(const EditTarget& target) const override;
    void showTarget(const EditTarget& target) override;
    // Events, their attendance and programme change row by row; anything else reloads.
    void apply(const Changes& changes) override;

protected:
    void reload() override;
    EditTarget::Kind recordKind() const override { return EditTarget::Kind::Event; }
    void clear() override;
    void showRecord(qint64 id) override;
    void newRecord() override;
    void duplicateRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    bool add(const Event& event, qint64 copyProgrammeOf);

    Kind m_kind;
    EventListModel* m_model;
    EventEditor* m_editor;
};
