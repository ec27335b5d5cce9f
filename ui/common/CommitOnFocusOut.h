#pragma once

#include <QObject>
#include <functional>

// Calls a function when a widget loses focus: multi-line text fields save when left, as
// line edits do on editingFinished. Every multi-line field is installed here, so this is also
// where Tab is made to leave them.
class CommitOnFocusOut : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget* widget, std::function<void()> commit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CommitOnFocusOut(QObject* parent, std::function<void()> commit);
    std::function<void()> m_commit;
};
