#pragma once

#include <QKeySequence>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

// Every key a window reacts to — mnemonics (Alt+letter of buttons, buddied labels, group boxes,
// tabs, menu bar titles) and shortcuts (QAction, QShortcut) — and the keys that clash: two
// bindings of one key that can be live at the same time. Qt does not report such a clash: the
// first press moves the focus instead of acting, which is how a "New" became an edit of a name.
//
// "At the same time" is read from the widget tree, not from what happens to be on screen: the
// pages of a QStackedWidget / QTabWidget exclude each other, everything else in the window may
// be shown together (a form the app hides now, such as the inline new-person form, may appear
// later, so it counts). Disabled widgets count too, since they are enabled at other times.
namespace KeyBindings {

struct Binding
{
    QKeySequence key;
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QPointer<QWidget> widget;        // where the binding lives (visibility, focus)
    const QObject* source = nullptr; // the button, label, action… (one source never clashes with itself)
    QString description; // e.g. button “&New” at MainWindow › OrganisationsPage › QPushButton
};

// Bindings of `window` (a top-level widget), its menu bar included.
QList<Binding> collect(QWidget* window);

// One message per pair of bindings that can be live together, naming the key, both texts and
// both widget paths.
QStringList clashes(QWidget* window);

// Inside one menu (its own namespace), two items with one mnemonic; every menu of the window:
// menu bar menus and their submenus, button menus, context menus kept as children.
QStringList menuClashes(QWidget* window);

// Labels that show a mnemonic but have no buddy: Alt+letter would do nothing.
QStringList labelsWithoutBuddy(QWidget* window);

// A readable path: the window, then the app's own classes and named widgets down to `widget`.
QString path(const QWidget* widget);

} // namespace KeyBindings
