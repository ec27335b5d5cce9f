#include "events/EventEditor.h"

#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/ProgrammeTab.h"

EventEditor::EventEditor(Session& session, QWidget* parent)
    : QTabWidget(parent), m_details(new EventDetailsTab(session, this)),
      m_programme(new ProgrammeTab(session, this)), m_attendance(new AttendanceTab(session, this))
{
    addTab(m_details, tr("Deta&ils"));
    addTab(m_programme, tr("Pr&ogramme"));
    addTab(m_attendance, tr("A&ttendance"));
    setDocumentMode(true);
}

void EventEditor::setLists()
{
    m_details->setLists();
    m_programme->setLists();
}

void EventEditor::setEvent(const std::optional<Event>& event)
{
    m_details->setEvent(event);
    m_programme->setEvent(event ? event->id : 0);
    m_attendance->setEvent(event ? event->id : 0);
}
