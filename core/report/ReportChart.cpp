#include "report/ReportChart.h"

#include "report/ReportFont.h"

#include <QBuffer>
#include <QPainter>

#include <algorithm>

namespace ReportChart {

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage render(const CountTable& table, int width)
{
    QList<const CountTable::Row*> rows;
    int maximum = 0;
    for (const CountTable::Row& r : table.rows)
        if (r.count.value_or(0) > 0) {
            rows << &r;
            maximum = std::max(maximum, *r.count);
        }
    if (rows.isEmpty())
        return QImage();

    const int rowHeight = width / 28;
    const int margin = rowHeight / 2;
    QImage image(width, int(rows.size()) * rowHeight + 2 * margin, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = ReportFont::body();
    font.setPixelSize(rowHeight * 45 / 100);
    p.setFont(font);
    const QFontMetrics fm(font);

    int labelWidth = 0;
    for (const CountTable::Row* r : rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r->label));
    labelWidth = std::min(labelWidth + margin, width / 3);
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("00000"));
    const int barSpace = width - labelWidth - valueWidth - 2 * margin;

    for (int i = 0; i < rows.size(); ++i) {
        const CountTable::Row& r = *rows.at(i);
        const int top = margin + i * rowHeight;
        const QRect label(margin, top, labelWidth - margin / 2, rowHeight);
        p.setPen(Qt::black);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(r.label, Qt::ElideRight, label.width()));
        const int barLength = std::max(2, int(qint64(barSpace) * *r.count / maximum));
        const QRect bar(margin + labelWidth, top + rowHeight / 6, barLength, rowHeight * 2 / 3);
        p.fillRect(bar, QColor(0x3b, 0x6e, 0xa5));
        p.drawText(QRect(bar.right() + margin / 3, top, valueWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(*r.count));
    }
    p.setPen(QPen(Qt::darkGray, 2));
    p.drawLine(margin + labelWidth, margin / 2, margin + labelWidth, image.height() - margin / 2);
    return image;
}

} // namespace ReportChart
