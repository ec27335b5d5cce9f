#include "report/ReportWriter.h"

#include "report/DocxWriter.h"
#include "report/OdtWriter.h"
#include "report/PagedDocument.h"
#include "report/ReportChart.h"
#include "report/ReportHtml.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
const QString ChartName = QStringLiteral("renkei-chart.png");
} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("odt"))
        return Format::Odt;
    if (n == QLatin1String("docx"))
        return Format::Docx;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QString ReportWriter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Html:
        return QStringLiteral("html");
    }
    return QString();
}

int ReportWriter::print(const ActivityReport& report, QPagedPaintDevice& device)
{
    const QImage chart = ReportChart::render(report.byProfession);
    QHash<QString, QImage> images;
    if (!chart.isNull())
        images.insert(ChartName, chart);
    return PagedDocument::paint(ReportHtml::build(report, chart.isNull() ? QString() : ChartName), device,
                                ReportHtml::title(report), images);
}

QByteArray ReportWriter::render(const ActivityReport& report, Format format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(ReportHtml::title(report));
        pdf.setCreator(QStringLiteral("Renkei"));
        PagedDocument::setUpPage(pdf);
        print(report, pdf);
        break;
    }
    case Format::Odt:
        bytes = OdtWriter::write(ReportDocument::build(report), ReportChart::render(report.byProfession));
        break;
    case Format::Docx:
        bytes = DocxWriter::write(ReportDocument::build(report), ReportChart::render(report.byProfession));
        break;
    case Format::Html: {
        const QImage chart = ReportChart::render(report.byProfession);
        const QString source =
            chart.isNull() ? QString() : QStringLiteral("data:image/png;base64,") + QString::fromLatin1(ReportChart::png(chart).toBase64());
        bytes = ReportHtml::build(report, source).toUtf8();
        break;
    }
    }
    return bytes;
}

Status ReportWriter::write(const ActivityReport& report, Format format, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray bytes = render(report, format);
    if (bytes.isEmpty())
        return Status::failure(tr("The report could not be laid out."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot create “%1”: %2").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Cannot write “%1”: %2").arg(shown, reason));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot save “%1”: %2").arg(shown, file.errorString()));
    return Status::success();
}
