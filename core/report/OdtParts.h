#pragma once

#include "report/XmlPart.h"

#include <QByteArray>
#include <QString>

// The style parts of an OpenDocument text (font faces, named paragraph styles, the A4 page and
// its master pages) and the units and writer they share with OdtWriter's content.
namespace OdtParts {
using Attributes = XmlPart::Attributes;

// An OpenDocument part; root() opens it with the namespaces of ODF.
class Xml : public XmlPart
{
public:
    void root(const QString& name)
    {
        (*this)->writeStartElement(name);
        const QList<std::pair<const char*, const char*>> namespaces{
            {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
            {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
            {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
            {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
            {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
            {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
            {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
            {"xlink", "http://www.w3.org/1999/xlink"},
            {"dc", "http://purl.org/dc/elements/1.1/"},
            {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}};
        for (const auto& [prefix, uri] : namespaces)
            (*this)->writeNamespace(QLatin1String(uri), QLatin1String(prefix));
        (*this)->writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    }
};

QString mm(double v);
QString pt(double v);
// Font size (0: inherited) and weight for Latin and Japanese text alike (ODF sets them per script).
Attributes textProperties(double size, bool bold, const QString& color = QString());
// BIZ UDGothic and BIZ UDMincho.
void fontFaces(Xml& x);
void paragraphStyle(Xml& x, const QString& name, const QString& display, const Attributes& paragraph,
                    const Attributes& text, const QString& parent = QStringLiteral("Standard"),
                    const QString& masterPage = QString());
// styles.xml: Standard, Text body, Title, Heading 1 and 2, Note, Table Contents and Heading,
// Header, Footer; the A4 page; "First Page" (empty header) then "Standard" (the title).
QByteArray styles(const QString& title);
} // namespace OdtParts
