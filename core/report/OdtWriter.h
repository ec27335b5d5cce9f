#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QImage>

// The activity report as an OpenDocument text (LibreOffice): A4 with the PDF's margins, BIZ UD
// fonts in the styles, tables with explicit column widths whose header row repeats on every
// page and whose rows are kept together, cell paragraphs without spacing, the title as running
// header from the second page and "n / N" in the footer, the chart as a picture. Written with
// QXmlStreamWriter and zipped by ZipPackage (minizip).
namespace OdtWriter {
// The file's bytes; empty if the package cannot be made. `chart` may be null (no chart).
QByteArray write(const ReportDocument& document, const QImage& chart);
} // namespace OdtWriter
