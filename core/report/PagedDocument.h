#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;

// Prints an HTML document on A4 pages of a PDF writer or a printer: a running header with the
// document's title on every page after the first, and "n / N" at the foot of every page.
// Tables are paginated row by row: a row is never split over two pages, and the table's header
// row repeats at the top of every page the table continues on. Text between tables is kept
// together with the head of the table that follows it.
// The HTML is the report's own: tables (not nested) with one header row in <thead> whose <th>
// give column widths in percent, and body rows in <tbody>.
namespace PagedDocument {
// The page of every report format, in millimetres: A4 portrait with an office document's
// margins, a running header band below the top margin and a footer band (page numbers) above
// the bottom one. DOCX and ODT use the same numbers so that they paginate like the PDF.
namespace Page {
constexpr double width = 210, height = 297;
constexpr double left = 18, top = 15, right = 18, bottom = 12;
constexpr double header = 9, footer = 9;
constexpr double textWidth = width - left - right;
} // namespace Page

// Where a body row of a table was placed (for tests): its page and its top and bottom there.
struct RowBox
{
    int page = 0;
    double top = 0;
    double bottom = 0;
    double pageHeight = 0;
};

// Sets A4 portrait with the margins of an office document on `device`.
void setUpPage(QPagedPaintDevice& device);
// Lays out and paints every page; returns the number of pages. `images` are the resources the
// HTML refers to by name.
int paint(const QString& html, QPagedPaintDevice& device, const QString& header,
          const QHash<QString, QImage>& images = {}, QList<RowBox>* rows = nullptr);
} // namespace PagedDocument
