#include "common/CommitOnFocusOut.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

CommitOnFocusOut::CommitOnFocusOut(QObject* parent, std::function<void()> commit)
    : QObject(parent), m_commit(std::move(commit))
{
}

void CommitOnFocusOut::install(QWidget* widget, std::function<void()> commit)
{
    // Tab moves on to the next field, as in every other field of a form; a tab character is
    // never what a clerk means in a note.
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        plain->setTabChangesFocus(true);
    else if (auto* rich = qobject_cast<QTextEdit*>(widget))
        rich->setTabChangesFocus(true);
    widget->installEventFilter(new CommitOnFocusOut(widget, std::move(commit)));
}

bool CommitOnFocusOut::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        m_commit();
    return QObject::eventFilter(watched, event);
}
