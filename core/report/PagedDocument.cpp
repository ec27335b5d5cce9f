#include "report/PagedDocument.h"

#include "report/ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace {
QList<QTextTable*> tables(QTextFrame* frame)
{
    QList<QTextTable*> found;
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            found << table;
        found << tables(child);
    }
    return found;
}

// The body rows of every table (header rows left out) in document order, as top and bottom.
QList<QPair<qreal, qreal>> bodyRows(QTextDocument& document, QList<qreal>* headerHeights)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QList<QPair<qreal, qreal>> rows;
    for (QTextTable* table : tables(document.rootFrame())) {
        const int headerRows = table->format().headerRowCount();
        qreal tableTop = -1;
        for (int row = 0; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue;
                top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (row == 0)
                tableTop = top;
            if (row >= headerRows) {
                rows.append({top, bottom});
                headerHeights->append(row == headerRows ? top - tableTop : headerHeights->last());
            }
        }
    }
    return rows;
}

} // namespace

namespace PagedDocument {

QSet<int> rowsOverPageBreaks(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    QList<qreal> headerHeights;
    const QList<QPair<qreal, qreal>> rows = bodyRows(document, &headerHeights);
    QSet<int> breaks;
    qreal shift = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const qreal top = rows.at(i).first + shift;
        const qreal bottom = rows.at(i).second + shift;
        if (bottom - top >= pageHeight * 0.8 || int(top / pageHeight) == int((bottom - 1) / pageHeight))
            continue;
        breaks.insert(i);
        shift += (int(top / pageHeight) + 1) * pageHeight + headerHeights.at(i) - top;
    }
    return breaks;
}

void setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                                     QPageLayout::Millimeter));
}

int paint(QTextDocument& document, QPagedPaintDevice& device, const QString& header, const Fill& fill)
{
    const int dpi = device.logicalDpiX();
    const QRect area = device.pageLayout().paintRectPixels(dpi);
    const auto mm = [dpi](qreal v) { return int(v * dpi / 25.4); };
    const int headerHeight = mm(9);
    const int footerHeight = mm(9);
    const QSizeF page(area.width(), area.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(page);
    document.setDocumentMargin(0);
    // QTextDocument flows a table row over a page break; such a row starts the next page instead.
    QSet<int> breaks;
    for (int pass = 0; pass < 8; ++pass) {
        fill(document, breaks);
        const QSet<int> more = rowsOverPageBreaks(document);
        if (more.isEmpty() || breaks.contains(more))
            break;
        breaks.unite(more);
    }
    const int pages = document.pageCount();

    QPainter painter(&device);
    QFont small = ReportFont::body();
    small.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        if (i > 0) {
            painter.drawText(QRect(0, 0, area.width(), headerHeight - mm(2)), Qt::AlignLeft | Qt::AlignBottom, header);
            painter.drawLine(0, headerHeight - mm(1), area.width(), headerHeight - mm(1));
        }
        painter.drawText(QRect(0, area.height() - footerHeight, area.width(), footerHeight), Qt::AlignCenter,
                         QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(0, headerHeight - i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

} // namespace PagedDocument
