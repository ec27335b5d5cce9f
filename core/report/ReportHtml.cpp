#include "report/ReportHtml.h"

#include "report/ReportFont.h"

namespace {
using Block = ReportDocument::Block;
using Paragraph = ReportDocument::Paragraph;

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString inline_(const Paragraph& p)
{
    return p.bold ? QStringLiteral("<b>%1</b>").arg(esc(p.text)) : esc(p.text);
}

QString align(Paragraph::Align a)
{
    switch (a) {
    case Paragraph::Align::Right:
        return QStringLiteral(" align=\"right\"");
    case Paragraph::Align::Center:
        return QStringLiteral(" align=\"center\"");
    case Paragraph::Align::Left:
        break;
    }
    return QString();
}

// A cell's paragraphs as lines; when one must never break (a name), each is a block of its own.
QString cellHtml(const ReportDocument::Cell& cell)
{
    bool blocks = false;
    for (const Paragraph& p : cell.paragraphs)
        blocks = blocks || p.unbroken;
    QStringList parts;
    for (const Paragraph& p : cell.paragraphs)
        parts << (!blocks ? inline_(p)
                  : p.unbroken ? QStringLiteral("<div style=\"white-space: nowrap\">%1</div>").arg(inline_(p))
                               : QStringLiteral("<div>%1</div>").arg(inline_(p)));
    const QString html = parts.join(blocks ? QString() : QStringLiteral("<br>"));
    return cell.numeric ? QStringLiteral("<td align=\"right\">%1</td>").arg(html) : QStringLiteral("<td>%1</td>").arg(html);
}

QString tableHtml(const ReportDocument::Table& t)
{
    QString header;
    for (int i = 0; i < t.header.size(); ++i)
        header += QStringLiteral("<th width=\"%2%\">%1</th>").arg(esc(t.header.at(i))).arg(t.widths.value(i), 0, 'f', 1);
    QString rows;
    for (const QList<ReportDocument::Cell>& row : t.rows) {
        rows += QStringLiteral("<tr>");
        for (const ReportDocument::Cell& c : row)
            rows += cellHtml(c);
        rows += QStringLiteral("</tr>");
    }
    // The header row repeats on every page the table runs over.
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<thead><tr>%1</tr></thead><tbody>%2</tbody></table>")
        .arg(header, rows);
}

QString lines(const Block& b)
{
    QStringList parts;
    for (const Paragraph& p : b.lines)
        parts << inline_(p);
    return parts.join(QStringLiteral("<br>"));
}
} // namespace

namespace ReportHtml {

QString title(const ActivityReport& report)
{
    return ReportDocument::build(report).title;
}

QString build(const ActivityReport& report, const QString& chartSource)
{
    return build(ReportDocument::build(report), chartSource);
}

QString build(const ReportDocument& document, const QString& chartSource)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>"
                                  "body { font-family: '%2', '%3', sans-serif; font-size: %4pt; }"
                                  ".title { font-size: %5pt; text-align: center; margin-bottom: 4pt; }"
                                  "h2 { font-size: %6pt; margin-top: 16pt; margin-bottom: 6pt; }"
                                  "h3 { font-size: %7pt; margin-top: 10pt; margin-bottom: 4pt; }"
                                  "table { border-collapse: collapse; margin-bottom: 6pt; }"
                                  "th { background-color: #e6ecf2; font-weight: bold; }"
                                  "td, th { border: 1px solid #555; vertical-align: top; }"
                                  ".note { font-size: %8pt; color: #444; }"
                                  "</style></head><body>\n")
                       .arg(esc(document.title), ReportFont::gothicFamily(), ReportFont::minchoFamily(),
                            QString::number(ReportFont::Size::body), QString::number(ReportFont::Size::title),
                            QString::number(ReportFont::Size::heading), QString::number(ReportFont::Size::subheading),
                            QString::number(ReportFont::Size::note));
    for (const Block& b : document.blocks) {
        switch (b.kind) {
        case Block::Kind::Title:
            // A paragraph, not <h1>: QTextDocument sizes <h1> by its own scale, not the style sheet.
            html += QStringLiteral("<p class=\"title\" align=\"center\" style=\"font-size: %2pt; font-weight: bold\">"
                                   "%1</p>")
                        .arg(lines(b))
                        .arg(ReportFont::Size::title);
            break;
        case Block::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>").arg(lines(b));
            break;
        case Block::Kind::Subheading:
            html += QStringLiteral("<h3>%1</h3>").arg(lines(b));
            break;
        case Block::Kind::Text:
            html += QStringLiteral("<p%2>%1</p>").arg(lines(b), align(b.lines.value(0).align));
            break;
        case Block::Kind::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(lines(b));
            break;
        case Block::Kind::Table:
            html += tableHtml(b.table);
            break;
        case Block::Kind::Chart:
            if (!chartSource.isEmpty())
                html += QStringLiteral("<h3>%1</h3><p align=\"center\"><img src=\"%2\" width=\"620\"></p>")
                            .arg(esc(document.chartTitle), chartSource.toHtmlEscaped());
            break;
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace ReportHtml
