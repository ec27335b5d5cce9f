#include "report/PagedDocument.h"

#include "report/ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>
#include <variant>

namespace {
// A laid-out piece: text between tables, a table's header row, or one body row.
struct Piece
{
    std::shared_ptr<QTextDocument> doc;
    qreal height = 0;
};

struct Table
{
    Piece header;
    QList<Piece> rows;
};

struct Layout
{
    QString styleSheet;
    QHash<QString, QImage> images;
    qreal width = 0;
    qreal scale = 1; // device pixels per layout pixel

    Piece piece(const QString& html, const QList<qreal>& percentWidths = {}) const
    {
        auto doc = std::make_shared<QTextDocument>();
        doc->setDefaultFont(ReportFont::body());
        doc->setDefaultStyleSheet(styleSheet);
        doc->setDocumentMargin(0);
        if (percentWidths.isEmpty()) // only text refers to images
            for (auto it = images.begin(); it != images.end(); ++it)
                doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        doc->setHtml(html);
        if (!percentWidths.isEmpty())
            if (auto* table = qobject_cast<QTextTable*>(doc->rootFrame()->childFrames().value(0))) {
                QTextTableFormat format = table->format();
                QList<QTextLength> widths;
                for (qreal w : percentWidths)
                    widths << QTextLength(QTextLength::PercentageLength, w);
                format.setColumnWidthConstraints(widths);
                format.setMargin(0);
                table->setFormat(format);
            }
        doc->setTextWidth(width / scale);
        return {doc, doc->size().height() * scale};
    }
};

// Column widths from the <th width="N%"> of a header row; columns without one share the rest.
QList<qreal> columnWidths(const QString& headerRow)
{
    static const QRegularExpression cell(QStringLiteral("<th(?:\\s+width=\"([0-9.]+)%\")?"));
    QList<qreal> widths;
    qreal given = 0;
    int open = 0;
    for (auto it = cell.globalMatch(headerRow); it.hasNext();) {
        const auto m = it.next();
        const qreal w = m.captured(1).isEmpty() ? -1 : m.captured(1).toDouble();
        widths << w;
        if (w < 0)
            ++open;
        else
            given += w;
    }
    for (qreal& w : widths)
        if (w < 0)
            w = std::max<qreal>(5, (100 - given) / std::max(1, open));
    return widths;
}

QString tableHtml(const QString& rows)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">%1</table>").arg(rows);
}
} // namespace

namespace PagedDocument {

void setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(Page::left, Page::top, Page::right, Page::bottom), QPageLayout::Millimeter));
}

int paint(const QString& html, QPagedPaintDevice& device, const QString& header, const QHash<QString, QImage>& images,
          QList<RowBox>* rowBoxes)
{
    const int dpi = device.logicalDpiX();
    const QRect area = device.pageLayout().paintRectPixels(dpi);
    const auto mm = [dpi](qreal v) { return qreal(v * dpi / 25.4); };
    const qreal headerHeight = mm(Page::header);
    const qreal footerHeight = mm(Page::footer);
    const qreal pageHeight = area.height() - headerHeight - footerHeight;
    const qreal gap = mm(2.5); // below a table

    static const QRegularExpression style(QStringLiteral("<style>(.*)</style>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tableRx(QStringLiteral("<table[^>]*>(.*?)</table>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression headRx(QStringLiteral("<thead>(.*?)</thead>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rowRx(QStringLiteral("<tr>.*?</tr>"), QRegularExpression::DotMatchesEverythingOption);
    // Laid out at 96 dpi like the screen and drawn scaled: a layout for the PDF writer's own
    // resolution is three times slower and looks the same.
    Layout layout{style.match(html).captured(1), images, qreal(area.width()), dpi / 96.0};
    // Space below tables comes from the layout here, not from the style sheet.
    layout.styleSheet.replace(QRegularExpression(QStringLiteral("(table \\{[^}]*?)margin-bottom: [0-9.]+pt;")),
                              QStringLiteral("\\1"));
    // Rows are tables of their own: each draws its outer border, so the next one starts on it.
    const qreal border = dpi / 96.0;

    // Cut the body into text and tables, each laid out once.
    const int bodyStart = html.indexOf(QStringLiteral("<body>"));
    const QString body = html.mid(bodyStart < 0 ? 0 : bodyStart + 6);
    QList<std::variant<Piece, Table>> parts;
    qsizetype pos = 0;
    for (auto it = tableRx.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString text = body.mid(pos, m.capturedStart() - pos).trimmed();
        if (!text.isEmpty())
            parts.append(layout.piece(text));
        const QString inner = m.captured(1);
        const QString head = headRx.match(inner).captured(1);
        const QList<qreal> widths = columnWidths(head);
        Table table{layout.piece(tableHtml(head), widths), {}};
        const QString rows = inner.mid(inner.indexOf(QStringLiteral("<tbody>")));
        for (auto r = rowRx.globalMatch(rows); r.hasNext();)
            table.rows << layout.piece(tableHtml(r.next().captured(0)), widths);
        parts.append(table);
        pos = m.capturedEnd();
    }
    const QString tail = body.mid(pos).remove(QStringLiteral("</body></html>")).trimmed();
    if (!tail.isEmpty())
        parts.append(layout.piece(tail));

    // Place the pieces on pages.
    struct Placed
    {
        const Piece* piece;
        int page;
        qreal y;
    };
    QList<Placed> placed;
    int page = 0;
    qreal y = 0;
    const auto newPage = [&] {
        ++page;
        y = 0;
    };
    for (int i = 0; i < parts.size(); ++i) {
        if (const auto* text = std::get_if<Piece>(&parts.at(i))) {
            // Text (a heading, above all) stays with the header and first row of the table after it.
            qreal needed = text->height;
            if (i + 1 < parts.size())
                if (const auto* next = std::get_if<Table>(&parts.at(i + 1)))
                    needed += next->header.height + (next->rows.isEmpty() ? 0 : next->rows.first().height);
            if (y > 0 && y + std::min(needed, pageHeight) > pageHeight)
                newPage();
            placed.append({text, page, y});
            y += text->height;
            continue;
        }
        const Table& table = std::get<Table>(parts.at(i));
        placed.append({&table.header, page, y});
        y += table.header.height;
        for (const Piece& row : table.rows) {
            if (y + row.height > pageHeight && y > table.header.height) {
                newPage();
                placed.append({&table.header, page, y});
                y += table.header.height;
            }
            y -= border;
            if (rowBoxes)
                rowBoxes->append({page, y, y + row.height, pageHeight});
            placed.append({&row, page, y});
            y += row.height;
        }
        y += gap;
    }
    const int pages = page + 1;

    QPainter painter(&device);
    QFont small = ReportFont::body();
    small.setPointSizeF(ReportFont::Size::pageMargin);
    int current = 0;
    const auto decorate = [&](int p) {
        painter.save();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        if (p > 0) {
            painter.drawText(QRectF(0, 0, area.width(), headerHeight - mm(2)), Qt::AlignLeft | Qt::AlignBottom, header);
            painter.drawLine(QPointF(0, headerHeight - mm(1)), QPointF(area.width(), headerHeight - mm(1)));
        }
        painter.drawText(QRectF(0, area.height() - footerHeight, area.width(), footerHeight), Qt::AlignCenter,
                         QStringLiteral("%1 / %2").arg(p + 1).arg(pages));
        painter.restore();
    };
    decorate(0);
    for (const Placed& p : placed) {
        while (current < p.page) {
            device.newPage();
            decorate(++current);
        }
        painter.save();
        painter.translate(0, headerHeight + p.y);
        painter.scale(layout.scale, layout.scale);
        p.piece->doc->drawContents(&painter);
        painter.restore();
    }
    while (current < pages - 1) {
        device.newPage();
        decorate(++current);
    }
    return pages;
}

} // namespace PagedDocument
