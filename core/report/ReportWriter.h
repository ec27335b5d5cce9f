#pragma once

#include "Status.h"
#include "report/ActivityReport.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QPagedPaintDevice;

// The activity report as a file: PDF (A4, fonts embedded, page numbers), DOCX (to edit in Word),
// ODT (to edit in LibreOffice) or HTML; and painted on a printer. Every format lays out the same
// ReportDocument.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Odt, Html, Docx };
    static std::optional<Format> formatFromName(const QString& name);
    static QString suffix(Format format);

    // Paints the report on a printer or PDF writer (A4, header, page numbers); returns pages.
    static int print(const ActivityReport& report, QPagedPaintDevice& device);
    // The file's bytes.
    static QByteArray render(const ActivityReport& report, Format format);
    // Writes the file atomically: the whole new file is there, or the old one is untouched.
    static Status write(const ActivityReport& report, Format format, const QString& path);
};
