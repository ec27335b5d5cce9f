#include "report/FittedText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal step = 0.5; // points

// The sizes to try, largest first.
QList<qreal> sizes(const FittedText::Style& style)
{
    QList<qreal> list;
    for (qreal size = style.font.pointSizeF(); size >= style.minimumPointSize - 0.01; size -= step)
        list << size;
    if (list.isEmpty())
        list << style.minimumPointSize;
    return list;
}

QFont sized(QFont font, qreal pointSize)
{
    font.setPointSizeF(pointSize);
    return font;
}
} // namespace

namespace FittedText {

void draw(QPainter& painter, const QRectF& rect, const QString& text, const Style& style)
{
    if (text.isEmpty())
        return;
    const QList<qreal> candidates = sizes(style);
    const auto drawWith = [&](const QFont& font, int flags, const QString& shown) {
        painter.setFont(font);
        painter.drawText(rect, int(style.alignment) | flags, shown);
    };
    const bool oneLine = !text.contains(u'\n');
    for (qreal size : oneLine ? candidates : QList<qreal>()) {
        const QFont font = sized(style.font, size);
        if (QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= rect.width())
            return drawWith(font, Qt::TextSingleLine, text);
    }
    if (style.wrap) {
        for (qreal size : candidates) {
            const QFont font = sized(style.font, size);
            const QRectF needed =
                QFontMetricsF(font, painter.device()).boundingRect(rect, Qt::TextWordWrap, text);
            if (needed.width() <= rect.width() && needed.height() <= rect.height())
                return drawWith(font, Qt::TextWordWrap, text);
        }
    }
    const QFont smallest = sized(style.font, candidates.last());
    drawWith(smallest, Qt::TextSingleLine,
             QFontMetricsF(smallest, painter.device()).elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace FittedText
