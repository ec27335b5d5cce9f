#include "report/DocxWriter.h"

#include "report/DocxParts.h"
#include "report/PagedDocument.h"
#include "report/ReportChart.h"
#include "report/ReportFont.h"
#include "report/ZipPackage.h"

#include <cmath>
#include <functional>

namespace {
using namespace DocxParts;
using Block = ReportDocument::Block;
using Paragraph = ReportDocument::Paragraph;
namespace Page = PagedDocument::Page;

void run(Xml& x, const QString& text, bool bold = false)
{
    x->writeStartElement(QStringLiteral("w:r"));
    if (bold)
        runProperties(x, 0, true);
    x->writeStartElement(QStringLiteral("w:t"));
    x->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    x->writeCharacters(text);
    x->writeEndElement();
    x->writeEndElement();
}

void field(Xml& x, const QString& instruction)
{
    x->writeStartElement(QStringLiteral("w:fldSimple"));
    x->writeAttribute(QStringLiteral("w:instr"), instruction);
    run(x, QStringLiteral("1"));
    x->writeEndElement();
}

QByteArray headerFooter(const QString& root, const std::function<void(Xml&)>& content)
{
    Xml x;
    x->writeStartElement(root);
    x->writeNamespace(W, QStringLiteral("w"));
    content(x);
    x->writeEndElement();
    return x.finish();
}

void paragraph(Xml& x, const QString& styleId, const Paragraph& p, bool keepNext = false)
{
    x->writeStartElement(QStringLiteral("w:p"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:pStyle"), styleId);
    if (keepNext)
        x->writeEmptyElement(QStringLiteral("w:keepNext"));
    if (p.align == Paragraph::Align::Right)
        x.val(QStringLiteral("w:jc"), QStringLiteral("right"));
    else if (p.align == Paragraph::Align::Center)
        x.val(QStringLiteral("w:jc"), QStringLiteral("center"));
    x->writeEndElement();
    if (!p.text.isEmpty())
        run(x, p.text, p.bold);
    x->writeEndElement();
}

void borders(Xml& x, const QString& element, const QStringList& sides)
{
    x->writeStartElement(element);
    for (const QString& side : sides) {
        x->writeEmptyElement(QStringLiteral("w:") + side);
        x->writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        x->writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        x->writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
        x->writeAttribute(QStringLiteral("w:color"), QStringLiteral("555555"));
    }
    x->writeEndElement();
}

void cell(Xml& x, int width, const QList<Paragraph>& paragraphs, bool header, bool numeric)
{
    x->writeStartElement(QStringLiteral("w:tc"));
    x->writeStartElement(QStringLiteral("w:tcPr"));
    x->writeEmptyElement(QStringLiteral("w:tcW"));
    x->writeAttribute(QStringLiteral("w:w"), QString::number(width));
    x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    if (header) {
        x->writeEmptyElement(QStringLiteral("w:shd"));
        x->writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
        x->writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
        x->writeAttribute(QStringLiteral("w:fill"), QStringLiteral("E6ECF2"));
        x.val(QStringLiteral("w:vAlign"), QStringLiteral("center"));
    }
    x->writeEndElement();
    const QList<Paragraph> list = paragraphs.isEmpty() ? QList<Paragraph>{Paragraph()} : paragraphs;
    for (Paragraph p : list) {
        if (numeric)
            p.align = Paragraph::Align::Right;
        paragraph(x, header ? QStringLiteral("TableHeading") : QStringLiteral("TableText"), p);
    }
    x->writeEndElement();
}

void table(Xml& x, const ReportDocument::Table& t)
{
    const int total = twips(Page::textWidth);
    QList<int> widths;
    for (double w : t.widths)
        widths << int(std::lround(total * w / 100));
    x->writeStartElement(QStringLiteral("w:tbl"));
    x->writeStartElement(QStringLiteral("w:tblPr"));
    x->writeEmptyElement(QStringLiteral("w:tblW"));
    x->writeAttribute(QStringLiteral("w:w"), QString::number(total));
    x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    borders(x, QStringLiteral("w:tblBorders"),
            {QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"), QStringLiteral("right"),
             QStringLiteral("insideH"), QStringLiteral("insideV")});
    x->writeEmptyElement(QStringLiteral("w:tblLayout"));
    x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    x->writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        x->writeEmptyElement(QLatin1String(side));
        const bool vertical = side[2] == 't' || side[2] == 'b';
        x->writeAttribute(QStringLiteral("w:w"), QString::number(twips(vertical ? 0.6 : 1.0)));
        x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    x->writeEndElement();
    x->writeEndElement(); // tblPr
    x->writeStartElement(QStringLiteral("w:tblGrid"));
    for (int w : widths) {
        x->writeEmptyElement(QStringLiteral("w:gridCol"));
        x->writeAttribute(QStringLiteral("w:w"), QString::number(w));
    }
    x->writeEndElement();
    const auto rowStart = [&x](bool header) {
        x->writeStartElement(QStringLiteral("w:tr"));
        x->writeStartElement(QStringLiteral("w:trPr"));
        x->writeEmptyElement(QStringLiteral("w:cantSplit"));
        if (header)
            x->writeEmptyElement(QStringLiteral("w:tblHeader"));
        x->writeEndElement();
    };
    rowStart(true);
    for (int i = 0; i < t.header.size(); ++i)
        cell(x, widths.value(i), {Paragraph{t.header.at(i), true}}, true, false);
    x->writeEndElement();
    for (const QList<ReportDocument::Cell>& row : t.rows) {
        rowStart(false);
        for (int i = 0; i < row.size(); ++i)
            cell(x, widths.value(i), row.at(i).paragraphs, false, row.at(i).numeric);
        x->writeEndElement();
    }
    x->writeEndElement(); // tbl
    // Space below the table, as in the PDF.
    x->writeStartElement(QStringLiteral("w:p"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    x->writeEmptyElement(QStringLiteral("w:spacing"));
    x->writeAttribute(QStringLiteral("w:line"), QString::number(twips(2.5)));
    x->writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
    x->writeEndElement(); // pPr
    x->writeEndElement(); // p
}

void picture(Xml& x, const QImage& chart)
{
    const double widthMm = std::min(164.0, Page::textWidth);
    const qint64 cx = qint64(widthMm * 36000);
    const qint64 cy = qint64(widthMm * chart.height() / chart.width() * 36000);
    x->writeStartElement(QStringLiteral("w:p"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:jc"), QStringLiteral("center"));
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("w:r"));
    x->writeStartElement(QStringLiteral("w:drawing"));
    x->writeStartElement(QStringLiteral("wp:inline"));
    x->writeEmptyElement(QStringLiteral("wp:extent"));
    x->writeAttribute(QStringLiteral("cx"), QString::number(cx));
    x->writeAttribute(QStringLiteral("cy"), QString::number(cy));
    x->writeEmptyElement(QStringLiteral("wp:docPr"));
    x->writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    x->writeAttribute(QStringLiteral("name"), QStringLiteral("Chart"));
    x->writeStartElement(QStringLiteral("a:graphic"));
    x->writeStartElement(QStringLiteral("a:graphicData"));
    x->writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    x->writeStartElement(QStringLiteral("pic:pic"));
    x->writeStartElement(QStringLiteral("pic:nvPicPr"));
    x->writeEmptyElement(QStringLiteral("pic:cNvPr"));
    x->writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("name"), QStringLiteral("chart.png"));
    x->writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("pic:blipFill"));
    x->writeEmptyElement(QStringLiteral("a:blip"));
    x->writeAttribute(QStringLiteral("r:embed"), ChartId);
    x->writeStartElement(QStringLiteral("a:stretch"));
    x->writeEmptyElement(QStringLiteral("a:fillRect"));
    x->writeEndElement();
    x->writeEndElement(); // blipFill
    x->writeStartElement(QStringLiteral("pic:spPr"));
    x->writeStartElement(QStringLiteral("a:xfrm"));
    x->writeEmptyElement(QStringLiteral("a:off"));
    x->writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    x->writeEmptyElement(QStringLiteral("a:ext"));
    x->writeAttribute(QStringLiteral("cx"), QString::number(cx));
    x->writeAttribute(QStringLiteral("cy"), QString::number(cy));
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("a:prstGeom"));
    x->writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    x->writeEmptyElement(QStringLiteral("a:avLst"));
    x->writeEndElement();
    x->writeEndElement(); // spPr
    x->writeEndElement(); // pic
    x->writeEndElement(); // graphicData
    x->writeEndElement(); // graphic
    x->writeEndElement(); // inline
    x->writeEndElement(); // drawing
    x->writeEndElement(); // r
    x->writeEndElement(); // p
}

void sectionProperties(Xml& x)
{
    x->writeStartElement(QStringLiteral("w:sectPr"));
    for (const auto& [element, type, id] : {std::tuple{"w:headerReference", "default", "rId4"},
                                            std::tuple{"w:footerReference", "default", "rId5"},
                                            std::tuple{"w:footerReference", "first", "rId6"}}) {
        x->writeEmptyElement(QLatin1String(element));
        x->writeAttribute(QStringLiteral("w:type"), QLatin1String(type));
        x->writeAttribute(QStringLiteral("r:id"), QLatin1String(id));
    }
    x->writeEmptyElement(QStringLiteral("w:pgSz"));
    x->writeAttribute(QStringLiteral("w:w"), QString::number(twips(Page::width)));
    x->writeAttribute(QStringLiteral("w:h"), QString::number(twips(Page::height)));
    x->writeEmptyElement(QStringLiteral("w:pgMar"));
    x->writeAttribute(QStringLiteral("w:top"), QString::number(twips(Page::top + Page::header)));
    x->writeAttribute(QStringLiteral("w:right"), QString::number(twips(Page::right)));
    x->writeAttribute(QStringLiteral("w:bottom"), QString::number(twips(Page::bottom + Page::footer)));
    x->writeAttribute(QStringLiteral("w:left"), QString::number(twips(Page::left)));
    x->writeAttribute(QStringLiteral("w:header"), QString::number(twips(Page::top)));
    x->writeAttribute(QStringLiteral("w:footer"), QString::number(twips(Page::bottom)));
    x->writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    x->writeEmptyElement(QStringLiteral("w:titlePg")); // no running header on the first page
    x->writeEndElement();
}

QByteArray document(const ReportDocument& d, const QImage& chart)
{
    Xml x;
    x->writeStartElement(QStringLiteral("w:document"));
    x->writeNamespace(W, QStringLiteral("w"));
    x->writeNamespace(R, QStringLiteral("r"));
    x->writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
                      QStringLiteral("wp"));
    x->writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"), QStringLiteral("a"));
    x->writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"), QStringLiteral("pic"));
    x->writeStartElement(QStringLiteral("w:body"));
    for (int i = 0; i < d.blocks.size(); ++i) {
        const Block& b = d.blocks.at(i);
        // Text right above a table stays on the page of the table's head.
        const bool beforeTable = i + 1 < d.blocks.size() && d.blocks.at(i + 1).kind == Block::Kind::Table;
        switch (b.kind) {
        case Block::Kind::Table:
            table(x, b.table);
            break;
        case Block::Kind::Chart:
            if (!chart.isNull()) {
                paragraph(x, QStringLiteral("Heading2"), Paragraph{d.chartTitle});
                picture(x, chart);
            }
            break;
        default: {
            const QString styleId = b.kind == Block::Kind::Title        ? QStringLiteral("Title")
                                    : b.kind == Block::Kind::Heading    ? QStringLiteral("Heading1")
                                    : b.kind == Block::Kind::Subheading ? QStringLiteral("Heading2")
                                    : b.kind == Block::Kind::Note       ? QStringLiteral("Note")
                                                                        : QStringLiteral("Normal");
            for (const Paragraph& p : b.lines)
                paragraph(x, styleId, p, beforeTable);
            if (b.kind == Block::Kind::Text) { // the space after a paragraph of the PDF
                x->writeEmptyElement(QStringLiteral("w:p"));
            }
        }
        }
    }
    sectionProperties(x);
    x->writeEndElement(); // body
    x->writeEndElement(); // document
    return x.finish();
}
} // namespace

namespace DocxWriter {

QByteArray write(const ReportDocument& d, const QImage& chart)
{
    const QString officeDocument = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    // rId1… in this order (sectionProperties names rId4–rId6); the chart is rIdChart.
    QList<std::pair<QString, QString>> rels{
        {officeDocument + QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {officeDocument + QStringLiteral("settings"), QStringLiteral("settings.xml")},
        {officeDocument + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")},
        {officeDocument + QStringLiteral("header"), QStringLiteral("header1.xml")},
        {officeDocument + QStringLiteral("footer"), QStringLiteral("footer1.xml")},
        {officeDocument + QStringLiteral("footer"), QStringLiteral("footer2.xml")}};
    if (!chart.isNull())
        rels.append({officeDocument + QStringLiteral("image"), QStringLiteral("media/chart.png")});

    const auto footer = [](Xml& x) {
        x->writeStartElement(QStringLiteral("w:p"));
        x->writeStartElement(QStringLiteral("w:pPr"));
        x.val(QStringLiteral("w:pStyle"), QStringLiteral("Footer"));
        x->writeEndElement();
        field(x, QStringLiteral(" PAGE "));
        run(x, QStringLiteral(" / "));
        field(x, QStringLiteral(" NUMPAGES "));
        x->writeEndElement();
    };
    const QString title = d.title;
    const auto header = [&title](Xml& x) {
        x->writeStartElement(QStringLiteral("w:p"));
        x->writeStartElement(QStringLiteral("w:pPr"));
        x.val(QStringLiteral("w:pStyle"), QStringLiteral("Header"));
        borders(x, QStringLiteral("w:pBdr"), {QStringLiteral("bottom")});
        x->writeEndElement();
        run(x, title);
        x->writeEndElement();
    };

    QList<ZipPackage::Entry> entries{
        {QStringLiteral("[Content_Types].xml"), contentTypes(!chart.isNull())},
        {QStringLiteral("_rels/.rels"),
         relationships({{officeDocument + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                        {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                        "core-properties"),
                         QStringLiteral("docProps/core.xml")}})},
        {QStringLiteral("docProps/core.xml"), coreProperties(d.title)},
        {QStringLiteral("word/document.xml"), document(d, chart)},
        {QStringLiteral("word/_rels/document.xml.rels"), relationships(rels)},
        {QStringLiteral("word/styles.xml"), styles()},
        {QStringLiteral("word/settings.xml"), settings()},
        {QStringLiteral("word/fontTable.xml"), DocxParts::fonts()},
        {QStringLiteral("word/header1.xml"), headerFooter(QStringLiteral("w:hdr"), header)},
        {QStringLiteral("word/footer1.xml"), headerFooter(QStringLiteral("w:ftr"), footer)},
        {QStringLiteral("word/footer2.xml"), headerFooter(QStringLiteral("w:ftr"), footer)}};
    if (!chart.isNull())
        entries.append({QStringLiteral("word/media/chart.png"), ReportChart::png(chart)});
    return ZipPackage::write(entries);
}

} // namespace DocxWriter
