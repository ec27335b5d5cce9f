#include "report/OdtParts.h"

#include "report/PagedDocument.h"
#include "report/ReportFont.h"

#include <utility>

namespace OdtParts {
namespace Page = PagedDocument::Page;

QString mm(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral("mm");
}

QString pt(double v)
{
    return QString::number(v) + QStringLiteral("pt");
}

Attributes textProperties(double size, bool bold, const QString& color)
{
    Attributes a;
    if (size > 0)
        a << std::pair{QStringLiteral("fo:font-size"), pt(size)} << std::pair{QStringLiteral("style:font-size-asian"), pt(size)};
    if (bold)
        a << std::pair{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}
          << std::pair{QStringLiteral("style:font-weight-asian"), QStringLiteral("bold")};
    if (!color.isEmpty())
        a << std::pair{QStringLiteral("fo:color"), color};
    return a;
}

void fontFaces(Xml& x)
{
    x->writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const QString& family : {ReportFont::gothicFamily(), ReportFont::minchoFamily()})
        x.empty(QStringLiteral("style:font-face"),
                {{QStringLiteral("style:name"), family},
                 {QStringLiteral("svg:font-family"), QStringLiteral("'%1'").arg(family)},
                 {QStringLiteral("style:font-family-generic"),
                  family == ReportFont::gothicFamily() ? QStringLiteral("swiss") : QStringLiteral("roman")},
                 {QStringLiteral("style:font-pitch"), QStringLiteral("variable")}});
    x->writeEndElement();
}

void paragraphStyle(Xml& x, const QString& name, const QString& display, const Attributes& paragraph,
                    const Attributes& text, const QString& parent, const QString& masterPage)
{
    x->writeStartElement(QStringLiteral("style:style"));
    x.attributes({{QStringLiteral("style:name"), name}, {QStringLiteral("style:family"), QStringLiteral("paragraph")}});
    if (!display.isEmpty())
        x->writeAttribute(QStringLiteral("style:display-name"), display);
    if (!parent.isEmpty())
        x->writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    if (!masterPage.isEmpty())
        x->writeAttribute(QStringLiteral("style:master-page-name"), masterPage);
    if (!paragraph.isEmpty())
        x.empty(QStringLiteral("style:paragraph-properties"), paragraph);
    if (!text.isEmpty())
        x.empty(QStringLiteral("style:text-properties"), text);
    x->writeEndElement();
}

static Attributes spacing(double beforeMm, double afterMm, bool keepWithNext = false)
{
    Attributes a{{QStringLiteral("fo:margin-top"), mm(beforeMm)}, {QStringLiteral("fo:margin-bottom"), mm(afterMm)}};
    if (keepWithNext)
        a << std::pair{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")};
    return a;
}

QByteArray styles(const QString& title)
{
    Xml x;
    x.root(QStringLiteral("office:document-styles"));
    fontFaces(x);
    x->writeStartElement(QStringLiteral("office:styles"));
    x->writeStartElement(QStringLiteral("style:default-style"));
    x->writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    x.empty(QStringLiteral("style:paragraph-properties"),
            {{QStringLiteral("fo:margin-top"), QStringLiteral("0mm")},
             {QStringLiteral("fo:margin-bottom"), QStringLiteral("0mm")},
             {QStringLiteral("style:line-break"), QStringLiteral("strict")},
             // No extra space between Japanese and Latin text or digits, as the PDF prints it.
             {QStringLiteral("style:text-autospace"), QStringLiteral("none")},
             {QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb")}});
    x.empty(QStringLiteral("style:text-properties"),
            Attributes{{QStringLiteral("style:font-name"), ReportFont::gothicFamily()},
                       {QStringLiteral("style:font-name-asian"), ReportFont::gothicFamily()},
                       {QStringLiteral("style:font-name-complex"), ReportFont::gothicFamily()},
                       {QStringLiteral("fo:language"), QStringLiteral("ja")},
                       {QStringLiteral("fo:country"), QStringLiteral("JP")},
                       {QStringLiteral("style:language-asian"), QStringLiteral("ja")},
                       {QStringLiteral("style:country-asian"), QStringLiteral("JP")}} +
                textProperties(ReportFont::Size::body, false));
    x->writeEndElement();
    paragraphStyle(x, QStringLiteral("Standard"), QString(), {}, {}, QString());
    paragraphStyle(x, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), spacing(0, 0), {});
    paragraphStyle(x, QStringLiteral("Title"), QString(),
                   spacing(0, 1.5, true) << std::pair{QStringLiteral("fo:text-align"), QStringLiteral("center")},
                   textProperties(ReportFont::Size::title, true));
    paragraphStyle(x, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), spacing(5.5, 2, true),
                   textProperties(ReportFont::Size::heading, true));
    paragraphStyle(x, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), spacing(3.5, 1.5, true),
                   textProperties(ReportFont::Size::subheading, true));
    paragraphStyle(x, QStringLiteral("Note"), QString(), spacing(0.5, 1),
                   textProperties(ReportFont::Size::note, false, QStringLiteral("#444444")));
    // Table cells: no spacing at all, so rows are as high as their text.
    paragraphStyle(x, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), spacing(0, 0), {});
    paragraphStyle(x, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")}}, textProperties(0, true),
                   QStringLiteral("Table_20_Contents"));
    paragraphStyle(x, QStringLiteral("Header"), QString(),
                   {{QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid #808080")},
                    {QStringLiteral("fo:padding-bottom"), QStringLiteral("0.5mm")}},
                   textProperties(ReportFont::Size::pageMargin, false, QStringLiteral("#555555")));
    paragraphStyle(x, QStringLiteral("Footer"), QString(), {{QStringLiteral("fo:text-align"), QStringLiteral("center")}},
                   textProperties(ReportFont::Size::pageMargin, false, QStringLiteral("#555555")));
    x->writeEndElement(); // office:styles

    x->writeStartElement(QStringLiteral("office:automatic-styles"));
    x->writeStartElement(QStringLiteral("style:page-layout"));
    x->writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    x.empty(QStringLiteral("style:page-layout-properties"),
            {{QStringLiteral("fo:page-width"), mm(Page::width)},
             {QStringLiteral("fo:page-height"), mm(Page::height)},
             {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")},
             {QStringLiteral("fo:margin-top"), mm(Page::top)},
             {QStringLiteral("fo:margin-bottom"), mm(Page::bottom)},
             {QStringLiteral("fo:margin-left"), mm(Page::left)},
             {QStringLiteral("fo:margin-right"), mm(Page::right)}});
    // The header and footer bands of the PDF: their height includes the spacing to the text.
    for (const auto& [element, spacingSide] : {std::pair{"style:header-style", "fo:margin-bottom"},
                                               std::pair{"style:footer-style", "fo:margin-top"}}) {
        x->writeStartElement(QLatin1String(element));
        x.empty(QStringLiteral("style:header-footer-properties"),
                {{QStringLiteral("fo:min-height"), mm(Page::header - 3)},
                 {QLatin1String(spacingSide), mm(3)},
                 {QStringLiteral("style:dynamic-spacing"), QStringLiteral("false")}});
        x->writeEndElement();
    }
    x->writeEndElement(); // page-layout
    x->writeEndElement(); // automatic-styles

    x->writeStartElement(QStringLiteral("office:master-styles"));
    const auto footer = [&x] {
        x->writeStartElement(QStringLiteral("style:footer"));
        x->writeStartElement(QStringLiteral("text:p"));
        x->writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
        x->writeStartElement(QStringLiteral("text:page-number"));
        x->writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        x->writeCharacters(QStringLiteral("1"));
        x->writeEndElement();
        x->writeCharacters(QStringLiteral(" / "));
        x->writeTextElement(QStringLiteral("text:page-count"), QStringLiteral("1"));
        x->writeEndElement();
        x->writeEndElement();
    };
    // The first page: the header band is there, empty, as in the PDF.
    x->writeStartElement(QStringLiteral("style:master-page"));
    x.attributes({{QStringLiteral("style:name"), QStringLiteral("First_20_Page")},
                  {QStringLiteral("style:display-name"), QStringLiteral("First Page")},
                  {QStringLiteral("style:page-layout-name"), QStringLiteral("A4")},
                  {QStringLiteral("style:next-style-name"), QStringLiteral("Standard")}});
    x->writeStartElement(QStringLiteral("style:header"));
    x.empty(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), QStringLiteral("Standard")}});
    x->writeEndElement();
    footer();
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("style:master-page"));
    x.attributes({{QStringLiteral("style:name"), QStringLiteral("Standard")},
                  {QStringLiteral("style:page-layout-name"), QStringLiteral("A4")}});
    x->writeStartElement(QStringLiteral("style:header"));
    x->writeStartElement(QStringLiteral("text:p"));
    x->writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Header"));
    x->writeCharacters(title);
    x->writeEndElement();
    x->writeEndElement();
    footer();
    x->writeEndElement();
    x->writeEndElement(); // master-styles
    x->writeEndElement();
    return x.finish();
}

} // namespace OdtParts
