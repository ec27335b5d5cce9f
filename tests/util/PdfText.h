#pragma once

#include <QDebug>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

// The text of a PDF as a reader would copy or search it, for comparing with the data drawn.
// Exactly the code points of the PDF: no NFKC and no mapping of radicals to ideographs, so a
// PDF whose ToUnicode map names 長 as the radical ⻑ (U+2ED1) fails every comparison.
namespace PdfText {

// Layout whitespace only: runs of spaces and tabs become one space (pdftotext -layout pads columns).
inline QString squeezed(const QString& text)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    return QString(text).replace(blanks, QStringLiteral(" "));
}

// Without any spaces: for text that a column layout may break with spaces.
inline QString withoutSpaces(const QString& text)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\x{3000}]+"));
    return QString(text).remove(blanks);
}

// True if `text` holds a CJK radical or Kangxi radical code point (U+2E80–U+2FDF), which no
// report data contains: a sign of a font whose glyphs are shared with radicals.
inline bool hasRadicals(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

// `pdftotext -layout` of the file, as is; pages are separated by form feeds. Empty (with a
// warning) if pdftotext fails.
inline QString extract(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.errorString() << process.readAllStandardError();
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace PdfText
