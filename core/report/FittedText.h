#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

// Text drawn inside a cell of a printed table, never outside it: on one line, shrinking the
// font down to a minimum size; then wrapped on as many lines as fit; then elided at the minimum.
namespace FittedText {
struct Style
{
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    qreal minimumPointSize = 6;
    bool wrap = false;
};
void draw(QPainter& painter, const QRectF& rect, const QString& text, const Style& style);
} // namespace FittedText
