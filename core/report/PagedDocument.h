#pragma once

#include <QSet>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

// Prints a QTextDocument on A4 pages of a PDF writer or a printer: a running header with the
// document's title on every page after the first, and "n / N" at the foot of every page.
// Table rows are never split over two pages, and table header rows repeat on every page.
namespace PagedDocument {
// Sets A4 portrait with the margins of an office document on `device`.
void setUpPage(QPagedPaintDevice& device);
// Fills `document` with its content, given the table body rows (counted through all tables in
// document order, header rows not counted) that must start a new page.
using Fill = std::function<void(QTextDocument& document, const QSet<int>& breaks)>;
// Lays out the document `fill` makes for `device`, splitting tables so that no row runs over
// a page break, and paints every page; returns the number of pages.
int paint(QTextDocument& document, QPagedPaintDevice& device, const QString& header, const Fill& fill);
// The body rows of the laid-out document that run over a page break though they would fit on
// a page, counted as for Fill. Each is to start a new page; later rows are assumed to move
// down by as much, so all of them are found in one pass.
QSet<int> rowsOverPageBreaks(QTextDocument& document);
} // namespace PagedDocument
