#pragma once

#include <QDebug>
#include <QList>
#include <QProcess>
#include <QString>
#include <utility>

// The text of a PDF as a reader would copy it, for comparing with what was drawn.
namespace PdfText {

// NFKC (（木） → (木), full-width digits, and the Kangxi radical ⽇ → 日), then the CJK radicals
// supplement that NFKC leaves alone mapped to their ideographs (Unicode's
// EquivalentUnifiedIdeograph.txt): Qt names each glyph in a PDF by the lowest code point the
// font maps to it, and IPAexGothic draws 長 and the radical ⻑ with one glyph.
inline QString normalised(const QString& text)
{
    static const QList<std::pair<char16_t, char16_t>> radicals{
        {u'⺎', u'兀'}, {u'⺟', u'母'}, {u'⺠', u'民'}, {u'⻄', u'西'}, {u'⻆', u'角'}, {u'⻌', u'辶'},
        {u'⻑', u'長'}, {u'⻘', u'青'}, {u'⻝', u'食'}, {u'⻤', u'鬼'}, {u'⻨', u'麦'}, {u'⻩', u'黄'},
        {u'⻭', u'歯'}, {u'⻯', u'竜'}, {u'⻲', u'亀'}};
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (const auto& [radical, ideograph] : radicals)
        result.replace(QChar(radical), QChar(ideograph));
    return result;
}

// `pdftotext -layout` of the file, normalised; pages are separated by form feeds. Empty (with a
// warning) if pdftotext fails.
inline QString extract(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.readAllStandardError();
        return QString();
    }
    return normalised(QString::fromUtf8(process.readAllStandardOutput()));
}

} // namespace PdfText
