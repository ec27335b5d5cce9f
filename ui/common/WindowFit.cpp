#include "common/WindowFit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>

namespace {
// Before a window is mapped its frame is unknown: reserve what a title bar and borders take.
constexpr int AssumedFrameWidth = 8;
constexpr int AssumedFrameHeight = 36;

class Filter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            const Qt::WindowType type = widget->windowType();
            if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet))
                WindowFit::fitToScreen(widget);
        }
        return false;
    }
};
} // namespace

namespace WindowFit {

void install()
{
    static Filter* filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new Filter(qApp);
    qApp->installEventFilter(filter);
}

void fitToScreen(QWidget* window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    QScreen* screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    const bool framed = frame != window->geometry();
    const QSize decoration = framed ? frame.size() - window->size()
                             : window->windowFlags() & Qt::FramelessWindowHint
                                 ? QSize()
                                 : QSize(AssumedFrameWidth, AssumedFrameHeight);
    const QSize most = available.size() - decoration;
    const QSize size = window->size().boundedTo(most).expandedTo(window->minimumSize().boundedTo(most));
    if (window->minimumWidth() > most.width() || window->minimumHeight() > most.height())
        window->setMinimumSize(window->minimumSize().boundedTo(most)); // a scroll bar beats a cut-off window
    if (size != window->size())
        window->resize(size);
    // Keep the frame on the screen: left/top edges win when the window cannot fit.
    const QSize outer = size + decoration;
    QPoint at = window->pos(); // the frame's top left
    at.setX(std::max(available.left(), std::min(at.x(), available.right() + 1 - outer.width())));
    at.setY(std::max(available.top(), std::min(at.y(), available.bottom() + 1 - outer.height())));
    if (at != window->pos())
        window->move(at);
}

} // namespace WindowFit
