#include "util/KeyBindings.h"

#include "pages/Page.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

namespace KeyBindings {
namespace {

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString keyName(const QKeySequence& key)
{
    return key.toString(QKeySequence::PortableText);
}

// The widgets that belong to `window` itself (not to its popups or child dialogs).
QList<QWidget*> widgetsOf(QWidget* window)
{
    QList<QWidget*> list{window};
    for (QWidget* w : window->findChildren<QWidget*>())
        if (w->window() == window)
            list << w;
    return list;
}

// Which page of which stack (QStackedWidget, QTabWidget, any QStackedLayout) holds the widget;
// widgets on different pages of one stack are never shown together.
struct Place
{
    QHash<const QWidget*, int> pages;
    bool hiddenNow = false; // hidden by the app (not by a stack) at the moment
};

Place placeOf(const QWidget* widget)
{
    Place place;
    for (const QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QWidget* parent = w->parentWidget();
        const auto* stack = parent ? qobject_cast<const QStackedLayout*>(parent->layout()) : nullptr;
        const int page = stack ? stack->indexOf(w) : -1;
        if (page >= 0)
            place.pages.insert(parent, page);
        else if (w->isHidden())
            place.hiddenNow = true;
    }
    return place;
}

bool shownTogether(const Place& a, const Place& b)
{
    for (auto it = a.pages.cbegin(); it != a.pages.cend(); ++it) {
        const auto other = b.pages.constFind(it.key());
        if (other != b.pages.cend() && other.value() != it.value())
            return false;
    }
    return true;
}

bool withinOrSame(const QWidget* outer, const QWidget* inner)
{
    return outer == inner || outer->isAncestorOf(inner);
}

// Whether the focus can be somewhere both bindings are live (the contexts of QShortcutMap).
bool contextsOverlap(const Binding& a, const Binding& b)
{
    if (a.context == Qt::ApplicationShortcut || a.context == Qt::WindowShortcut ||
        b.context == Qt::ApplicationShortcut || b.context == Qt::WindowShortcut)
        return true;
    if (a.context == Qt::WidgetWithChildrenShortcut && b.context == Qt::WidgetWithChildrenShortcut)
        return withinOrSame(a.widget, b.widget) || withinOrSame(b.widget, a.widget);
    if (a.context == Qt::WidgetWithChildrenShortcut)
        return withinOrSame(a.widget, b.widget);
    if (b.context == Qt::WidgetWithChildrenShortcut)
        return withinOrSame(b.widget, a.widget);
    return a.widget == b.widget;
}

QString contextName(Qt::ShortcutContext context)
{
    switch (context) {
    case Qt::WidgetShortcut:
        return QStringLiteral(" (while it has the focus)");
    case Qt::WidgetWithChildrenShortcut:
        return QStringLiteral(" (while the focus is inside it)");
    case Qt::ApplicationShortcut:
        return QStringLiteral(" (application-wide)");
    case Qt::WindowShortcut:
        break;
    }
    return QString();
}

// The widgets of `window` an action's shortcut is live for: the widgets it was added to, and for
// an action in a menu, wherever that menu hangs (menu bar, parent menu…). An action only in a
// free popup menu is live only while that menu is open: it belongs to the menu's namespace.
QList<QWidget*> actionPlaces(const QAction* action, QWidget* window, QSet<const QAction*>& seen)
{
    QList<QWidget*> places;
    if (seen.contains(action))
        return places;
    seen.insert(action);
    for (QObject* object : action->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(object))
            places << actionPlaces(menu->menuAction(), window, seen);
        else if (auto* w = qobject_cast<QWidget*>(object); w && w->window() == window)
            places << w;
    }
    return places;
}

void addMenuActions(QMenu* menu, QSet<QAction*>& actions)
{
    for (QAction* a : menu->actions()) {
        if (actions.contains(a))
            continue;
        actions.insert(a);
        if (a->menu())
            addMenuActions(a->menu(), actions);
    }
}

QList<QMenu*> menusOf(QWidget* window)
{
    QList<QMenu*> menus;
    auto add = [&menus](QMenu* menu, auto& self) -> void {
        if (!menu || menus.contains(menu))
            return;
        menus << menu;
        for (QAction* a : menu->actions())
            self(a->menu(), self);
    };
    for (QWidget* w : widgetsOf(window)) {
        if (auto* bar = qobject_cast<QMenuBar*>(w))
            for (QAction* a : bar->actions())
                add(a->menu(), add);
        if (auto* button = qobject_cast<QPushButton*>(w))
            add(button->menu(), add);
    }
    for (QMenu* menu : window->findChildren<QMenu*>())
        add(menu, add);
    return menus;
}

QString menuName(const QMenu* menu)
{
    QStringList names;
    const QMenu* m = menu;
    while (m) {
        names.prepend(quoted(m->title()));
        const QMenu* up = nullptr;
        for (QObject* o : m->menuAction()->associatedObjects())
            if (auto* parentMenu = qobject_cast<const QMenu*>(o))
                up = parentMenu;
        m = up;
    }
    const QString chain = names.join(QStringLiteral(" › "));
    if (auto* button = qobject_cast<const QAbstractButton*>(menu->parentWidget()))
        return QStringLiteral("the menu of button %1 at %2").arg(quoted(button->text()), path(button));
    return QStringLiteral("menu %1").arg(chain);
}

} // namespace

QString path(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        const QString name = w->objectName();
        const bool named = !name.isEmpty() && !name.startsWith(QLatin1String("qt_"));
        if (w != widget && !w->isWindow() && !named && cls.startsWith(QLatin1Char('Q')))
            continue; // Qt's own containers say nothing
        QString part = cls;
        if (named)
            part += QLatin1Char('#') + name;
        if (const auto* page = qobject_cast<const Page*>(w))
            part += QLatin1Char(' ') + quoted(page->title());
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" › "));
}

QList<Binding> collect(QWidget* window)
{
    QList<Binding> bindings;
    auto add = [&bindings](const QKeySequence& key, Qt::ShortcutContext context, QWidget* widget,
                           const QObject* source, const QString& what) {
        if (key.isEmpty())
            return;
        bindings.append({key, context, widget, source, what + QStringLiteral(" at ") + path(widget)});
    };
    QSet<QAction*> actions;
    for (QWidget* w : widgetsOf(window)) {
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->shortcut(), Qt::WindowShortcut, w, w,
                QStringLiteral("button ") + quoted(button->text()));
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(QKeySequence::mnemonic(label->text()), Qt::WindowShortcut, w, w,
                QStringLiteral("label %1 (for %2)")
                    .arg(quoted(label->text()),
                         QString::fromLatin1(label->buddy()->metaObject()->className())));
        if (auto* box = qobject_cast<QGroupBox*>(w))
            add(QKeySequence::mnemonic(box->title()), Qt::WindowShortcut, w, w,
                QStringLiteral("group box ") + quoted(box->title()));
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            // Each tab is a binding of its own: two tabs of one bar clash too.
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(QKeySequence::mnemonic(tabs->tabText(i)), Qt::WindowShortcut, w, nullptr,
                        QStringLiteral("tab ") + quoted(tabs->tabText(i)));
        }
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions()) {
                if (a->isVisible() && !a->isSeparator())
                    add(QKeySequence::mnemonic(a->text()), Qt::WindowShortcut, w, a,
                        QStringLiteral("menu bar title ") + quoted(a->text()));
                if (a->menu())
                    addMenuActions(a->menu(), actions);
            }
        }
        for (QAction* a : w->actions())
            actions.insert(a);
    }
    for (QAction* a : std::as_const(actions)) {
        if (a->shortcuts().isEmpty())
            continue;
        QSet<const QAction*> seen;
        QList<QWidget*> places;
        for (QWidget* place : actionPlaces(a, window, seen))
            if (!places.contains(place))
                places << place;
        for (QWidget* place : std::as_const(places))
            for (const QKeySequence& key : a->shortcuts())
                add(key, a->shortcutContext(), place, a,
                    QStringLiteral("shortcut of action %1%2")
                        .arg(quoted(a->text()), contextName(a->shortcutContext())));
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        auto* parent = qobject_cast<QWidget*>(shortcut->parent());
        if (!parent || parent->window() != window)
            continue;
        for (const QKeySequence& key : shortcut->keys())
            add(key, shortcut->context(), parent, shortcut,
                QStringLiteral("QShortcut%1%2")
                    .arg(shortcut->objectName().isEmpty() ? QString()
                                                          : QLatin1Char(' ') + shortcut->objectName(),
                         contextName(shortcut->context())));
    }
    return bindings;
}

QStringList clashes(QWidget* window)
{
    const QList<Binding> bindings = collect(window);
    QList<Place> places;
    for (const Binding& b : bindings)
        places << placeOf(b.widget);
    QStringList messages;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding& a = bindings.at(i);
            const Binding& b = bindings.at(j);
            if (a.key != b.key || (a.source && a.source == b.source))
                continue;
            if (!shownTogether(places.at(i), places.at(j)) || !contextsOverlap(a, b))
                continue;
            auto describe = [](const Binding& x, const Place& p) -> QString {
                return x.description +
                       (p.hiddenNow ? QStringLiteral(" (hidden now; the app shows it at times)") : QString());
            };
            messages << QStringLiteral("%1 clashes in window %2: %3 AND %4")
                            .arg(keyName(a.key), path(window), describe(a, places.at(i)),
                                 describe(b, places.at(j)));
        }
    }
    return messages;
}

QStringList menuClashes(QWidget* window)
{
    QStringList messages;
    for (QMenu* menu : menusOf(window)) {
        QHash<QKeySequence, QAction*> first;
        for (QAction* a : menu->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (key.isEmpty())
                continue;
            if (QAction* other = first.value(key)) {
                messages << QStringLiteral("%1 clashes in %2 of window %3: item %4 AND item %5")
                                .arg(keyName(key), menuName(menu), path(window), quoted(other->text()),
                                     quoted(a->text()));
            } else {
                first.insert(key, a);
            }
        }
    }
    return messages;
}

QStringList labelsWithoutBuddy(QWidget* window)
{
    QStringList messages;
    for (QWidget* w : widgetsOf(window)) {
        auto* label = qobject_cast<QLabel*>(w);
        if (!label || label->buddy())
            continue;
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (!rich && !QKeySequence::mnemonic(label->text()).isEmpty())
            messages << QStringLiteral(
                            "label %1 at %2 shows a mnemonic but has no buddy: Alt+%3 does nothing")
                            .arg(
                                quoted(label->text()), path(label),
                                keyName(QKeySequence::mnemonic(label->text())).section(QLatin1Char('+'), -1));
    }
    return messages;
}

} // namespace KeyBindings
