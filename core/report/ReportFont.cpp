#include "report/ReportFont.h"

#include <QStringList>

namespace ReportFont {

QFont body()
{
    QFont font;
    const QStringList families = QStringList()
                                 << QStringLiteral("IPAexGothic") << QStringLiteral("IPAGothic")
                                 << QStringLiteral("Noto Sans CJK JP") << QStringLiteral("Hiragino Sans")
                                 << QStringLiteral("Yu Gothic") << QStringLiteral("Meiryo");
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.5);
    return font;
}

} // namespace ReportFont
