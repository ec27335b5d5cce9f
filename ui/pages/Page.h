#pragma once

#include "common/Session.h"

#include <QWidget>

// One page of the main window. It reloads when the session's data or fiscal year changes,
// but only while it is shown (a hidden page reloads when it is next shown). A page that knows
// how applies the services' typed changes row by row instead (apply()). When the file is
// closed every page is cleared at once, shown or not: no record of a closed file stays on screen.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Session& session, QWidget* parent = nullptr);
    virtual QString title() const = 0;
    // Makes the page current, e.g. after the file changed.
    void reloadIfShown();
    // True when the page shows the record an undone or redone edit changed; showTarget() then
    // selects it, so that the user sees the change happen.
    virtual bool shows(const EditTarget&) const { return false; }
    virtual void showTarget(const EditTarget&) {}

protected:
    // What a service call committed; the page updates only those rows. Unless a page knows
    // better, it reloads (when shown) as for any other change.
    virtual void apply(const Changes& changes);
    virtual void reload() = 0;
    // Shows nothing of any file (the file was closed); the next reload() fills the page again.
    virtual void clear() = 0;
    void showEvent(QShowEvent* event) override;
    Session& m_session;

private:
    bool m_stale = true;
};
