#pragma once

#include "counts/CountTable.h"

#include <QImage>

// The activity report's bar chart of participants (延べ) per row of a count table, drawn with
// QPainter into an image, so that PDF, ODT and HTML all carry the same picture.
namespace ReportChart {
// An image `width` pixels wide; a null image when there is nothing to draw.
QImage render(const CountTable& table, int width = 1600);
// The image as PNG bytes, as the files embed it.
QByteArray png(const QImage& image);
} // namespace ReportChart
