#pragma once

#include "report/XmlPart.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// The package-level parts of a Word document (content types, relationships, properties, styles,
// settings, fonts) and the units and writer they share with DocxWriter's body.
namespace DocxParts {
inline const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
// The chart's relationship id (relationships() gives it to the .png target).
inline const QString ChartId = QStringLiteral("rIdChart");

// A WordprocessingML part; val() writes <name w:val="value"/>.
class Xml : public XmlPart
{
public:
    Xml() : XmlPart(true) {}
    void val(const QString& name, const QString& value) { empty(name, {{QStringLiteral("w:val"), value}}); }
};

int twips(double mm);
// Half-points, as w:sz counts.
QString halfPoints(double pt);
// Run properties: size (0: inherited), bold, colour.
void runProperties(Xml& x, double size, bool bold, const QString& color = QString());

QByteArray contentTypes(bool chart);
// rId1, rId2… in order; a .png target gets ChartId.
QByteArray relationships(const QList<std::pair<QString, QString>>& targets);
QByteArray coreProperties(const QString& title);
// Normal, Title, Heading1, Heading2, Note, TableText, TableHeading, Header, Footer.
QByteArray styles();
QByteArray settings();
// BIZ UDGothic and BIZ UDMincho.
QByteArray fonts();
} // namespace DocxParts
