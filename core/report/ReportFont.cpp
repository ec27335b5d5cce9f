#include "report/ReportFont.h"

#include <QFontInfo>
#include <QStringList>

namespace ReportFont {

QString gothicFamily()
{
    return QStringLiteral("BIZ UDGothic");
}

QString minchoFamily()
{
    return QStringLiteral("BIZ UDMincho");
}

QFont body()
{
    QFont font;
    // Only BIZ UD faces: a glyph missing in the Gothic comes from the Mincho (same coverage,
    // JIS X 0213), never from a font that shares glyphs with radical code points.
    font.setFamilies({gothicFamily(), minchoFamily()});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(Size::body);
    return font;
}

bool isAvailable()
{
    return QFontInfo(body()).family() == gothicFamily();
}

} // namespace ReportFont
