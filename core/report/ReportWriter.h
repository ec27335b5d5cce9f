#pragma once

#include "Status.h"
#include "report/ActivityReport.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

// The activity report as a file: PDF (A4, fonts embedded, page numbers), ODT (for editing
// the narrative in LibreOffice or Word) or HTML; and as a document for print preview.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Odt, Html };
    static std::optional<Format> formatFromName(const QString& name);
    static QString suffix(Format format);

    // The report laid out as a rich-text document, the chart attached as a resource.
    static std::unique_ptr<QTextDocument> document(const ActivityReport& report);
    // Paints the report on a printer or PDF writer (A4, header, page numbers); returns pages.
    static int print(const ActivityReport& report, QPagedPaintDevice& device);
    // The file's bytes.
    static QByteArray render(const ActivityReport& report, Format format);
    // Writes the file atomically: the whole new file is there, or the old one is untouched.
    static Status write(const ActivityReport& report, Format format, const QString& path);
};
