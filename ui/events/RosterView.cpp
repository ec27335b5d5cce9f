#include "events/RosterView.h"

#include <QHeaderView>
#include <QKeyEvent>

RosterView::RosterView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setAttribute(Qt::WA_InputMethodEnabled);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void RosterView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (state() != EditingState && mods == Qt::NoModifier) {
        const QString text = event->text();
        if (event->key() == Qt::Key_Space) {
            if (currentIndex().isValid())
                emit toggleRequested(currentIndex());
            return;
        }
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
            if (currentIndex().isValid())
                emit statusKeyPressed(currentIndex(), event->key() - Qt::Key_0);
            return;
        }
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            emit typingStarted(text);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void RosterView::inputMethodEvent(QInputMethodEvent* event)
{
    if (state() == EditingState) {
        QTableView::inputMethodEvent(event);
        return;
    }
    emit inputMethodStarted(event);
}
