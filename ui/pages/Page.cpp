#include "pages/Page.h"

#include "common/Session.h"

Page::Page(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    connect(&session, &Session::changed, this, &Page::reloadIfShown);
    connect(&session, &Session::changes, this, [this](const Changes& changes) { apply(changes); });
    connect(&session, &Session::fiscalYearChanged, this, &Page::reloadIfShown);
}

void Page::apply(const Changes&)
{
    reloadIfShown();
}

void Page::reloadIfShown()
{
    m_stale = true;
    if (!m_session.isOpen()) {
        clear();
        return;
    }
    if (isVisible()) {
        m_stale = false;
        reload();
    }
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_session.isOpen()) {
        m_stale = false;
        reload();
    }
}
