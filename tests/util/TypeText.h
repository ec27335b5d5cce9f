#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

// Types any text (kanji, kana) into a widget the way an input method commits it: one key event
// per character carrying the text. QTest::keyClicks only knows ASCII.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}
