#pragma once

#include <QFont>
#include <QString>

// The fonts of every document Renkei writes (report PDF, DOCX, ODT, HTML; sign-in sheet): the
// Morisawa BIZ UD faces (Debian fonts-morisawa-bizud-gothic and -mincho), the universal-design
// fonts municipalities use for official documents. They map no CJK radical code point
// (U+2E80–U+2FDF) to an ideograph's glyph, so text copied or searched in a PDF is the data itself;
// IPAexGothic shares 257 glyphs that way and is never named here. 10.5 pt as Japanese offices print.
namespace ReportFont {
// "BIZ UDGothic": body text, tables and headings.
QString gothicFamily();
// "BIZ UDMincho": the serif face, named for editors that want it (DOCX/ODT declare both).
QString minchoFamily();
QFont body();
// Point sizes of the report in every format.
namespace Size {
constexpr double body = 10.5, title = 15, heading = 13, subheading = 11, note = 9, pageMargin = 8.5;
} // namespace Size
// True when body() really resolves to BIZ UDGothic (the font is installed).
bool isAvailable();
} // namespace ReportFont
