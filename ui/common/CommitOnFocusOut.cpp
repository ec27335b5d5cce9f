#include "common/CommitOnFocusOut.h"

#include <QEvent>
#include <QWidget>

CommitOnFocusOut::CommitOnFocusOut(QObject* parent, std::function<void()> commit)
    : QObject(parent), m_commit(std::move(commit))
{
}

void CommitOnFocusOut::install(QWidget* widget, std::function<void()> commit)
{
    widget->installEventFilter(new CommitOnFocusOut(widget, std::move(commit)));
}

bool CommitOnFocusOut::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        m_commit();
    return QObject::eventFilter(watched, event);
}
