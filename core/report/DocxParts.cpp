#include "report/DocxParts.h"

#include "report/ReportFont.h"

#include <cmath>

namespace DocxParts {

int twips(double mm)
{
    return int(std::lround(mm * 1440 / 25.4));
}

// Half-points, as w:sz counts.
QString halfPoints(double pt)
{
    return QString::number(int(std::lround(pt * 2)));
}

QByteArray contentTypes(bool chart)
{
    Xml x;
    x->writeStartElement(QStringLiteral("Types"));
    x->writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto def = [&x](const QString& ext, const QString& type) {
        x->writeEmptyElement(QStringLiteral("Default"));
        x->writeAttribute(QStringLiteral("Extension"), ext);
        x->writeAttribute(QStringLiteral("ContentType"), type);
    };
    def(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    def(QStringLiteral("xml"), QStringLiteral("application/xml"));
    if (chart)
        def(QStringLiteral("png"), QStringLiteral("image/png"));
    const auto part = [&x](const QString& name, const QString& type) {
        x->writeEmptyElement(QStringLiteral("Override"));
        x->writeAttribute(QStringLiteral("PartName"), name);
        x->writeAttribute(QStringLiteral("ContentType"), type);
    };
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    part(QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml"));
    part(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
    part(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
    part(QStringLiteral("/word/fontTable.xml"), wml + QStringLiteral("fontTable+xml"));
    part(QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml"));
    part(QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml"));
    part(QStringLiteral("/word/footer2.xml"), wml + QStringLiteral("footer+xml"));
    part(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    x->writeEndElement();
    return x.finish();
}

QByteArray relationships(const QList<std::pair<QString, QString>>& targets)
{
    Xml x;
    x->writeStartElement(QStringLiteral("Relationships"));
    x->writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    int n = 0;
    for (const auto& [type, target] : targets) {
        x->writeEmptyElement(QStringLiteral("Relationship"));
        x->writeAttribute(QStringLiteral("Id"), target.endsWith(QLatin1String(".png")) ? ChartId
                                                                                        : QStringLiteral("rId%1").arg(++n));
        x->writeAttribute(QStringLiteral("Type"), type);
        x->writeAttribute(QStringLiteral("Target"), target);
    }
    x->writeEndElement();
    return x.finish();
}

QByteArray coreProperties(const QString& title)
{
    Xml x;
    x->writeStartElement(QStringLiteral("cp:coreProperties"));
    x->writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                      QStringLiteral("cp"));
    x->writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    x->writeTextElement(QStringLiteral("dc:title"), title);
    x->writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Renkei"));
    x->writeTextElement(QStringLiteral("dc:language"), QStringLiteral("ja-JP"));
    x->writeEndElement();
    return x.finish();
}

void runProperties(Xml& x, double size, bool bold, const QString& color)
{
    x->writeStartElement(QStringLiteral("w:rPr"));
    if (bold)
        x->writeEmptyElement(QStringLiteral("w:b"));
    if (!color.isEmpty())
        x.val(QStringLiteral("w:color"), color);
    if (size > 0) {
        x.val(QStringLiteral("w:sz"), halfPoints(size));
        x.val(QStringLiteral("w:szCs"), halfPoints(size));
    }
    x->writeEndElement();
}

static void style(Xml& x, const QString& id, const QString& name, double size, bool bold, int before, int after,
           bool keepNext, const QString& align = QString(), const QString& color = QString())
{
    x->writeStartElement(QStringLiteral("w:style"));
    x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    x->writeAttribute(QStringLiteral("w:styleId"), id);
    x.val(QStringLiteral("w:name"), name);
    if (id != QLatin1String("Normal"))
        x.val(QStringLiteral("w:basedOn"), QStringLiteral("Normal"));
    x->writeEmptyElement(QStringLiteral("w:qFormat"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    if (keepNext)
        x->writeEmptyElement(QStringLiteral("w:keepNext"));
    if (id == QLatin1String("Normal")) { // LibreOffice reads these from the style, not the defaults
        x.val(QStringLiteral("w:autoSpaceDE"), QStringLiteral("0"));
        x.val(QStringLiteral("w:autoSpaceDN"), QStringLiteral("0"));
    }
    x->writeEmptyElement(QStringLiteral("w:spacing"));
    x->writeAttribute(QStringLiteral("w:before"), QString::number(before));
    x->writeAttribute(QStringLiteral("w:after"), QString::number(after));
    x->writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
    x->writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    if (!align.isEmpty())
        x.val(QStringLiteral("w:jc"), align);
    x->writeEndElement();
    runProperties(x, size, bold, color);
    x->writeEndElement();
}

QByteArray styles()
{
    Xml x;
    x->writeStartElement(QStringLiteral("w:styles"));
    x->writeNamespace(W, QStringLiteral("w"));
    x->writeStartElement(QStringLiteral("w:docDefaults"));
    x->writeStartElement(QStringLiteral("w:rPrDefault"));
    x->writeStartElement(QStringLiteral("w:rPr"));
    x->writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"})
        x->writeAttribute(QLatin1String(slot), ReportFont::gothicFamily());
    x.val(QStringLiteral("w:sz"), halfPoints(ReportFont::Size::body));
    x.val(QStringLiteral("w:szCs"), halfPoints(ReportFont::Size::body));
    x->writeEmptyElement(QStringLiteral("w:lang"));
    x->writeAttribute(QStringLiteral("w:val"), QStringLiteral("ja-JP"));
    x->writeAttribute(QStringLiteral("w:eastAsia"), QStringLiteral("ja-JP"));
    x->writeEndElement(); // rPr
    x->writeEndElement(); // rPrDefault
    x->writeStartElement(QStringLiteral("w:pPrDefault"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    // No extra space between Japanese and Latin text or digits: 令和6年度 as the PDF prints it.
    x.val(QStringLiteral("w:autoSpaceDE"), QStringLiteral("0"));
    x.val(QStringLiteral("w:autoSpaceDN"), QStringLiteral("0"));
    x->writeEmptyElement(QStringLiteral("w:spacing"));
    x->writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
    x->writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    x->writeEndElement();
    x->writeEndElement();
    x->writeEndElement(); // docDefaults

    style(x, QStringLiteral("Normal"), QStringLiteral("Normal"), 0, false, 0, 0, false);
    style(x, QStringLiteral("Title"), QStringLiteral("Title"), ReportFont::Size::title, true, 0, 80, true,
          QStringLiteral("center"));
    style(x, QStringLiteral("Heading1"), QStringLiteral("heading 1"), ReportFont::Size::heading, true, 320, 120, true);
    style(x, QStringLiteral("Heading2"), QStringLiteral("heading 2"), ReportFont::Size::subheading, true, 200, 80, true);
    style(x, QStringLiteral("Note"), QStringLiteral("Note"), ReportFont::Size::note, false, 40, 0, false, QString(),
          QStringLiteral("444444"));
    // Table cells: no spacing at all, so rows are as high as their text.
    style(x, QStringLiteral("TableText"), QStringLiteral("Table Text"), 0, false, 0, 0, false);
    style(x, QStringLiteral("TableHeading"), QStringLiteral("Table Heading"), 0, true, 0, 0, true,
          QStringLiteral("center"));
    style(x, QStringLiteral("Header"), QStringLiteral("header"), ReportFont::Size::pageMargin, false, 0, 0, false,
          QString(), QStringLiteral("555555"));
    style(x, QStringLiteral("Footer"), QStringLiteral("footer"), ReportFont::Size::pageMargin, false, 0, 0, false,
          QStringLiteral("center"), QStringLiteral("555555"));
    x->writeEndElement();
    return x.finish();
}

QByteArray settings()
{
    Xml x;
    x->writeStartElement(QStringLiteral("w:settings"));
    x->writeNamespace(W, QStringLiteral("w"));
    x.val(QStringLiteral("w:defaultTabStop"), QStringLiteral("840"));
    x.val(QStringLiteral("w:characterSpacingControl"), QStringLiteral("compressPunctuation"));
    x->writeEndElement();
    return x.finish();
}

QByteArray fonts()
{
    Xml x;
    x->writeStartElement(QStringLiteral("w:fonts"));
    x->writeNamespace(W, QStringLiteral("w"));
    for (const QString& family : {ReportFont::gothicFamily(), ReportFont::minchoFamily()}) {
        x->writeStartElement(QStringLiteral("w:font"));
        x->writeAttribute(QStringLiteral("w:name"), family);
        x.val(QStringLiteral("w:charset"), QStringLiteral("80"));
        x.val(QStringLiteral("w:family"), family == ReportFont::gothicFamily() ? QStringLiteral("modern")
                                                                                 : QStringLiteral("roman"));
        x.val(QStringLiteral("w:pitch"), QStringLiteral("fixed"));
        x->writeEndElement();
    }
    x->writeEndElement();
    return x.finish();
}

} // namespace DocxParts
