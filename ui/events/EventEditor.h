#pragma once

#include "model/Event.h"

#include <QTabWidget>
#include <optional>

class AttendanceTab;
class EventDetailsTab;
class ProgrammeTab;
class Session;

// The editor of one meeting or training, in tabs: details, programme, attendance.
class EventEditor : public QTabWidget
{
    Q_OBJECT

public:
    explicit EventEditor(Session& session, QWidget* parent = nullptr);
    // Refills the pick lists from the open file.
    void setLists();
    void setEvent(const std::optional<Event>& event);

    EventDetailsTab* details() const { return m_details; }
    ProgrammeTab* programme() const { return m_programme; }
    AttendanceTab* attendance() const { return m_attendance; }

private:
    EventDetailsTab* m_details;
    ProgrammeTab* m_programme;
    AttendanceTab* m_attendance;
};
