#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QImage>

// The activity report as a Word document (Office Open XML), for city halls that edit in Word:
// A4 with the PDF's margins, BIZ UD fonts in the styles, tables with fixed column widths whose
// header row repeats on every page and whose rows never break over a page, paragraphs without
// spacing in table cells, the title as running header and "n / N" in the footer, the chart as a
// picture. Written with QXmlStreamWriter and zipped by ZipPackage (minizip).
namespace DocxWriter {
// The file's bytes; empty if the package cannot be made. `chart` may be null (no chart).
QByteArray write(const ReportDocument& document, const QImage& chart);
} // namespace DocxWriter
