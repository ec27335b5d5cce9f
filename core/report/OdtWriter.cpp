#include "report/OdtWriter.h"

#include "report/OdtParts.h"
#include "report/PagedDocument.h"
#include "report/ReportChart.h"
#include "report/ZipPackage.h"

namespace {
using namespace OdtParts;
using Block = ReportDocument::Block;
using Paragraph = ReportDocument::Paragraph;
namespace Page = PagedDocument::Page;

const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

void automaticStyles(Xml& x, const ReportDocument& d)
{
    x->writeStartElement(QStringLiteral("office:automatic-styles"));
    // The first paragraph opens the first page's master page.
    paragraphStyle(x, QStringLiteral("FirstTitle"), QString(), {}, {}, QStringLiteral("Title"),
                   QStringLiteral("First_20_Page"));
    paragraphStyle(x, QStringLiteral("Right"), QString(), {{QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {},
                   QStringLiteral("Text_20_body"));
    paragraphStyle(x, QStringLiteral("Center"), QString(), {{QStringLiteral("fo:text-align"), QStringLiteral("center")}},
                   {}, QStringLiteral("Text_20_body"));
    paragraphStyle(x, QStringLiteral("KeepWithTable"), QString(),
                   {{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}}, {}, QStringLiteral("Text_20_body"));
    paragraphStyle(x, QStringLiteral("NumberCell"), QString(), {{QStringLiteral("fo:text-align"), QStringLiteral("end")}},
                   {}, QStringLiteral("Table_20_Contents"));
    paragraphStyle(x, QStringLiteral("TableGap"), QString(),
                   {{QStringLiteral("fo:line-height"), mm(2.5)}}, textProperties(2, false), QStringLiteral("Standard"));
    x->writeStartElement(QStringLiteral("style:style"));
    x.attributes({{QStringLiteral("style:name"), QStringLiteral("Bold")}, {QStringLiteral("style:family"), QStringLiteral("text")}});
    x.empty(QStringLiteral("style:text-properties"), textProperties(0, true));
    x->writeEndElement();
    // A row never breaks over a page.
    x->writeStartElement(QStringLiteral("style:style"));
    x.attributes({{QStringLiteral("style:name"), QStringLiteral("Row")},
                  {QStringLiteral("style:family"), QStringLiteral("table-row")}});
    x.empty(QStringLiteral("style:table-row-properties"), {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}});
    x->writeEndElement();
    for (const auto& [name, header] : {std::pair{"Cell", false}, std::pair{"HeadCell", true}}) {
        x->writeStartElement(QStringLiteral("style:style"));
        x.attributes({{QStringLiteral("style:name"), QLatin1String(name)},
                      {QStringLiteral("style:family"), QStringLiteral("table-cell")}});
        Attributes a{{QStringLiteral("fo:padding-left"), mm(1)},
                     {QStringLiteral("fo:padding-right"), mm(1)},
                     {QStringLiteral("fo:padding-top"), mm(0.6)},
                     {QStringLiteral("fo:padding-bottom"), mm(0.6)},
                     {QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #555555")},
                     {QStringLiteral("style:vertical-align"), header ? QStringLiteral("middle") : QStringLiteral("top")}};
        if (header)
            a << std::pair{QStringLiteral("fo:background-color"), QStringLiteral("#e6ecf2")};
        x.empty(QStringLiteral("style:table-cell-properties"), a);
        x->writeEndElement();
    }
    // Each table's width and column widths.
    int n = 0;
    for (const Block& b : d.blocks) {
        if (b.kind != Block::Kind::Table)
            continue;
        ++n;
        x->writeStartElement(QStringLiteral("style:style"));
        x.attributes({{QStringLiteral("style:name"), QStringLiteral("T%1").arg(n)},
                      {QStringLiteral("style:family"), QStringLiteral("table")}});
        x.empty(QStringLiteral("style:table-properties"),
                {{QStringLiteral("style:width"), mm(Page::textWidth)},
                 {QStringLiteral("table:align"), QStringLiteral("left")},
                 {QStringLiteral("style:may-break-between-rows"), QStringLiteral("true")}});
        x->writeEndElement();
        for (int c = 0; c < b.table.widths.size(); ++c) {
            x->writeStartElement(QStringLiteral("style:style"));
            x.attributes({{QStringLiteral("style:name"), QStringLiteral("T%1.C%2").arg(n).arg(c + 1)},
                          {QStringLiteral("style:family"), QStringLiteral("table-column")}});
            x.empty(QStringLiteral("style:table-column-properties"),
                    {{QStringLiteral("style:column-width"), mm(Page::textWidth * b.table.widths.at(c) / 100)}});
            x->writeEndElement();
        }
    }
    x->writeStartElement(QStringLiteral("style:style"));
    x.attributes({{QStringLiteral("style:name"), QStringLiteral("ChartFrame")},
                  {QStringLiteral("style:family"), QStringLiteral("graphic")}});
    x.empty(QStringLiteral("style:graphic-properties"),
            {{QStringLiteral("style:vertical-pos"), QStringLiteral("top")},
             {QStringLiteral("style:vertical-rel"), QStringLiteral("baseline")}});
    x->writeEndElement();
    x->writeEndElement();
}

void paragraph(Xml& x, const QString& element, const QString& style, const Paragraph& p,
               const Attributes& extra = {})
{
    x->writeStartElement(element);
    x->writeAttribute(QStringLiteral("text:style-name"), style);
    x.attributes(extra);
    if (p.bold) {
        x->writeStartElement(QStringLiteral("text:span"));
        x->writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Bold"));
        x->writeCharacters(p.text);
        x->writeEndElement();
    } else {
        x->writeCharacters(p.text);
    }
    x->writeEndElement();
}

void cell(Xml& x, const QList<Paragraph>& paragraphs, bool header, bool numeric)
{
    x->writeStartElement(QStringLiteral("table:table-cell"));
    x.attributes({{QStringLiteral("table:style-name"), header ? QStringLiteral("HeadCell") : QStringLiteral("Cell")},
                  {QStringLiteral("office:value-type"), QStringLiteral("string")}});
    const QString style = header ? QStringLiteral("Table_20_Heading")
                          : numeric ? QStringLiteral("NumberCell")
                                    : QStringLiteral("Table_20_Contents");
    for (const Paragraph& p : paragraphs.isEmpty() ? QList<Paragraph>{Paragraph()} : paragraphs)
        paragraph(x, QStringLiteral("text:p"), style, p);
    x->writeEndElement();
}

void table(Xml& x, const ReportDocument::Table& t, int n)
{
    x->writeStartElement(QStringLiteral("table:table"));
    x.attributes({{QStringLiteral("table:name"), QStringLiteral("Table%1").arg(n)},
                  {QStringLiteral("table:style-name"), QStringLiteral("T%1").arg(n)}});
    for (int c = 0; c < t.widths.size(); ++c)
        x.empty(QStringLiteral("table:table-column"),
                {{QStringLiteral("table:style-name"), QStringLiteral("T%1.C%2").arg(n).arg(c + 1)}});
    // The header row repeats on every page the table continues on.
    x->writeStartElement(QStringLiteral("table:table-header-rows"));
    x->writeStartElement(QStringLiteral("table:table-row"));
    x->writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
    for (const QString& h : t.header)
        cell(x, {Paragraph{h}}, true, false);
    x->writeEndElement();
    x->writeEndElement();
    for (const QList<ReportDocument::Cell>& row : t.rows) {
        x->writeStartElement(QStringLiteral("table:table-row"));
        x->writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
        for (const ReportDocument::Cell& c : row)
            cell(x, c.paragraphs, false, c.numeric);
        x->writeEndElement();
    }
    x->writeEndElement();
    x.empty(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), QStringLiteral("TableGap")}});
}

void picture(Xml& x, const QImage& chart)
{
    const double width = std::min(164.0, Page::textWidth);
    x->writeStartElement(QStringLiteral("text:p"));
    x->writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Center"));
    x->writeStartElement(QStringLiteral("draw:frame"));
    x.attributes({{QStringLiteral("draw:style-name"), QStringLiteral("ChartFrame")},
                  {QStringLiteral("draw:name"), QStringLiteral("Chart")},
                  {QStringLiteral("text:anchor-type"), QStringLiteral("as-char")},
                  {QStringLiteral("svg:width"), mm(width)},
                  {QStringLiteral("svg:height"), mm(width * chart.height() / chart.width())},
                  {QStringLiteral("draw:z-index"), QStringLiteral("0")}});
    x.empty(QStringLiteral("draw:image"), {{QStringLiteral("xlink:href"), QStringLiteral("Pictures/chart.png")},
                                           {QStringLiteral("xlink:type"), QStringLiteral("simple")},
                                           {QStringLiteral("xlink:show"), QStringLiteral("embed")},
                                           {QStringLiteral("xlink:actuate"), QStringLiteral("onLoad")},
                                           {QStringLiteral("draw:mime-type"), QStringLiteral("image/png")}});
    x->writeEndElement();
    x->writeEndElement();
}

QByteArray content(const ReportDocument& d, const QImage& chart)
{
    Xml x;
    x.root(QStringLiteral("office:document-content"));
    fontFaces(x);
    automaticStyles(x, d);
    x->writeStartElement(QStringLiteral("office:body"));
    x->writeStartElement(QStringLiteral("office:text"));
    int tables = 0;
    bool first = true;
    for (int i = 0; i < d.blocks.size(); ++i) {
        const Block& b = d.blocks.at(i);
        const bool beforeTable = i + 1 < d.blocks.size() && d.blocks.at(i + 1).kind == Block::Kind::Table;
        switch (b.kind) {
        case Block::Kind::Title:
            for (const Paragraph& p : b.lines)
                paragraph(x, QStringLiteral("text:p"), first ? QStringLiteral("FirstTitle") : QStringLiteral("Title"), p);
            break;
        case Block::Kind::Heading:
        case Block::Kind::Subheading: {
            const bool top = b.kind == Block::Kind::Heading;
            for (const Paragraph& p : b.lines)
                paragraph(x, QStringLiteral("text:h"), top ? QStringLiteral("Heading_20_1") : QStringLiteral("Heading_20_2"),
                          p, {{QStringLiteral("text:outline-level"), top ? QStringLiteral("1") : QStringLiteral("2")}});
            break;
        }
        case Block::Kind::Text:
            for (const Paragraph& p : b.lines)
                paragraph(x, QStringLiteral("text:p"),
                          p.align == Paragraph::Align::Right    ? QStringLiteral("Right")
                          : p.align == Paragraph::Align::Center ? QStringLiteral("Center")
                          : beforeTable                         ? QStringLiteral("KeepWithTable")
                                                                : QStringLiteral("Text_20_body"),
                          p);
            x.empty(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), QStringLiteral("Text_20_body")}});
            break;
        case Block::Kind::Note:
            for (const Paragraph& p : b.lines)
                paragraph(x, QStringLiteral("text:p"), QStringLiteral("Note"), p);
            break;
        case Block::Kind::Table:
            table(x, b.table, ++tables);
            break;
        case Block::Kind::Chart:
            if (!chart.isNull()) {
                paragraph(x, QStringLiteral("text:h"), QStringLiteral("Heading_20_2"), Paragraph{d.chartTitle},
                          {{QStringLiteral("text:outline-level"), QStringLiteral("2")}});
                picture(x, chart);
            }
            break;
        }
        first = false;
    }
    x->writeEndElement();
    x->writeEndElement();
    x->writeEndElement();
    return x.finish();
}

QByteArray meta(const QString& title)
{
    Xml x;
    x.root(QStringLiteral("office:document-meta"));
    x->writeStartElement(QStringLiteral("office:meta"));
    x->writeTextElement(QStringLiteral("dc:title"), title);
    x->writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Renkei"));
    x->writeTextElement(QStringLiteral("dc:language"), QStringLiteral("ja-JP"));
    x->writeEndElement();
    x->writeEndElement();
    return x.finish();
}

QByteArray manifest(bool chart)
{
    Xml x;
    x->writeStartElement(QStringLiteral("manifest:manifest"));
    x->writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"), QStringLiteral("manifest"));
    x->writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    QList<std::pair<QString, QString>> files{{QStringLiteral("/"), MimeType},
                                             {QStringLiteral("content.xml"), QStringLiteral("text/xml")},
                                             {QStringLiteral("styles.xml"), QStringLiteral("text/xml")},
                                             {QStringLiteral("meta.xml"), QStringLiteral("text/xml")}};
    if (chart)
        files.append({QStringLiteral("Pictures/chart.png"), QStringLiteral("image/png")});
    for (const auto& [path, type] : files) {
        x->writeEmptyElement(QStringLiteral("manifest:file-entry"));
        x->writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == QLatin1String("/"))
            x->writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        x->writeAttribute(QStringLiteral("manifest:media-type"), type);
    }
    x->writeEndElement();
    return x.finish();
}

} // namespace

namespace OdtWriter {

QByteArray write(const ReportDocument& d, const QImage& chart)
{
    QList<ZipPackage::Entry> entries{{QStringLiteral("mimetype"), MimeType.toLatin1(), true},
                                     {QStringLiteral("META-INF/manifest.xml"), manifest(!chart.isNull())},
                                     {QStringLiteral("meta.xml"), meta(d.title)},
                                     {QStringLiteral("styles.xml"), styles(d.title)},
                                     {QStringLiteral("content.xml"), content(d, chart)}};
    if (!chart.isNull())
        entries.append({QStringLiteral("Pictures/chart.png"), ReportChart::png(chart)});
    return ZipPackage::write(entries);
}

} // namespace OdtWriter
