#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
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

// A key while the completer's popup is open goes to the popup (it holds the keyboard), as for a user.
inline void pressKey(QLineEdit* edit, Qt::Key key)
{
    QWidget* popup = edit->completer() ? edit->completer()->popup() : nullptr;
    QTest::keyClick(popup && popup->isVisible() ? popup : static_cast<QWidget*>(edit), key);
}
