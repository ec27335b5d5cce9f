#include "service/Work.h"

#include "db/Database.h"
#include "service/Services.h"

Work::Work(Services& services) : m_services(services), m_guard(services.db().connection())
{
    if (m_guard.isActive()) {
        m_outer = services.m_outermost;
        if (!m_outer)
            services.m_outermost = this;
    }
}

Work::~Work()
{
    if (m_services.m_outermost == this)
        m_services.m_outermost = nullptr;
}

Status Work::begun(const QString& message) const
{
    if (m_guard.isActive())
        return Status::success();
    return Status::failure(message, m_guard.errorText());
}

void Work::note(const Change& change)
{
    m_changes << change;
}

Status Work::commit(const QString& message)
{
    if (!m_guard.isActive())
        return Status::failure(message, m_guard.errorText());
    if (!m_guard.commit())
        return Status::failure(message, m_guard.errorText());
    if (m_outer) {
        // Published when the outer call commits.
        m_outer->m_changes << m_changes;
        m_outer->m_unlisted = m_outer->m_unlisted || m_unlisted;
        return Status::success();
    }
    m_services.m_outermost = nullptr;
    m_services.ownWritesSeen();
    m_services.hub().publish(m_changes);
    if (m_unlisted)
        emit m_services.hub().reloadNeeded();
    return Status::success();
}
