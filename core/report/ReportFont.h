#pragma once

#include <QFont>

// The font of printed documents: a Japanese Gothic face that PDF output embeds
// (IPAexGothic on Debian: fonts-ipaexfont-gothic), 10.5 pt as Japanese offices print.
namespace ReportFont {
QFont body();
} // namespace ReportFont
