#include "TextCodec.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace {

// ICU's "ibm-943_P15A-2003" is the table ICU itself registers under the aliases
// "windows-31j", "cp932", "MS932" and "Shift_JIS": Microsoft's CP932 including the NEC
// special characters (① = 0x8740, ㈱ = 0x878D), the NEC-selected IBM extensions (0xED/0xEE)
// and the IBM extensions (髙 = 0xFBFC, 﨑 = 0xFAB1), with 0x5C = '\' and 0x7E = '~' as
// Windows has them. The IBM table "ibm-943_P130-1999" maps 0x5C to ¥ and 0x8160 to 〜 U+301C
// instead, which would not round-trip with what Windows writes; the JIS-only tables lack ①
// and 髙 altogether. We name the table, not an alias, so an ICU alias change cannot
// switch the mapping under us.
constexpr const char* kCp932Converter = "ibm-943_P15A-2003";
constexpr const char* kUtf8Converter = "UTF-8";

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// A converter that stops at the first problem instead of substituting, and never uses
// "fallback" (one-way, lossy) mappings.
ConverterPtr openStrict(const char* name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return {};
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFallback(converter.get(), false);
    if (U_FAILURE(status))
        return {};
    return converter;
}

struct ToUnicodeResult
{
    bool ok = false;
    QString text;
    qsizetype badOffset = -1; // offset of the first invalid byte in the input
    QByteArray badBytes;
};

ToUnicodeResult toUnicode(UConverter* converter, const char* begin, qsizetype length)
{
    ToUnicodeResult result;
    // Neither UTF-8 nor CP932 yields more UTF-16 units than bytes; the loop below copes anyway.
    QString out(length + 16, Qt::Uninitialized);
    const char* source = begin;
    const char* const sourceLimit = begin + length;
    qsizetype written = 0;
    for (;;) {
        UChar* const targetStart = reinterpret_cast<UChar*>(out.data());
        UChar* target = targetStart + written;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, targetStart + out.size(), &source, sourceLimit, nullptr, true,
                       &status);
        written = target - targetStart;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2);
            continue;
        }
        if (U_FAILURE(status)) {
            char bad[32];
            int8_t badLength = sizeof bad;
            UErrorCode badStatus = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter, bad, &badLength, &badStatus);
            if (U_FAILURE(badStatus))
                badLength = 0;
            result.badOffset = (source - begin) - badLength;
            result.badBytes = QByteArray(bad, badLength);
            return result;
        }
        break;
    }
    out.truncate(written);
    result.ok = true;
    result.text = out;
    return result;
}

struct FromUnicodeResult
{
    bool ok = false;
    QByteArray bytes;
    qsizetype badIndex = -1; // UTF-16 index of the first character that could not be encoded
};

FromUnicodeResult fromUnicode(UConverter* converter, const QString& text)
{
    FromUnicodeResult result;
    QByteArray out(text.size() * 3 + 16, Qt::Uninitialized);
    const UChar* const begin = reinterpret_cast<const UChar*>(text.utf16());
    const UChar* source = begin;
    qsizetype written = 0;
    for (;;) {
        char* const targetStart = out.data();
        char* target = targetStart + written;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_fromUnicode(converter, &target, targetStart + out.size(), &source, begin + text.size(), nullptr,
                         true, &status);
        written = target - targetStart;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2);
            continue;
        }
        if (U_FAILURE(status)) {
            UChar bad[8];
            int8_t badLength = 8;
            UErrorCode badStatus = U_ZERO_ERROR;
            ucnv_getInvalidUChars(converter, bad, &badLength, &badStatus);
            if (U_FAILURE(badStatus))
                badLength = 0;
            result.badIndex = (source - begin) - badLength;
            return result;
        }
        break;
    }
    out.truncate(written);
    result.ok = true;
    result.bytes = out;
    return result;
}

// 1-based line of a byte offset. In both encodings byte 0x0A is always a line feed
// (CP932 trail bytes start at 0x40), so counting bytes is exact.
int lineOfByte(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

QString hexBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

} // namespace

const char* TextCodec::cp932ConverterName()
{
    return kCp932Converter;
}

char32_t TextCodec::cp932Equivalent(char32_t c)
{
    // Unicode has two code points for these because JIS-based tables and Microsoft's CP932
    // table map the same Shift_JIS bytes differently. Text typed on Linux or macOS, or pasted
    // from the web, often has the JIS form, which CP932 cannot hold; Windows itself writes
    // the CP932 twin, and a Japanese reader sees the same character.
    switch (c) {
    case 0x301C:
        return 0xFF5E; // 〜 WAVE DASH → ～ FULLWIDTH TILDE (0x8160)
    case 0x2016:
        return 0x2225; // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO (0x8161)
    case 0x2212:
        return 0xFF0D; // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS (0x817C)
    case 0x2014:
        return 0x2015; // — EM DASH → ― HORIZONTAL BAR (0x815C)
    case 0x00A2:
        return 0xFFE0; // ¢ → ￠ (0x8191)
    case 0x00A3:
        return 0xFFE1; // £ → ￡ (0x8192)
    case 0x00AC:
        return 0xFFE2; // ¬ → ￢ (0x81CA)
    case 0x00A5:
        return 0xFFE5; // ¥ → ￥ (0x818F); 0x5C would read back as a backslash
    case 0x203E:
        return 0xFFE3; // ‾ OVERLINE → ￣ (0x8150)
    case 0x00A0:
        return 0x0020; // NO-BREAK SPACE (pasted from Excel/web) → space
    default:
        return c;
    }
}

QString TextCodec::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Cp932:
        return QStringLiteral("CP932 (Shift_JIS)");
    }
    return QString();
}

std::optional<TextCodec::Decoded> TextCodec::decode(const QByteArray& bytes, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<Decoded> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return fail(tr("The text is in UTF-16, which cannot be read here. "
                       "Save it as UTF-8 or as CSV (Shift_JIS) and try again."));
    }

    const ConverterPtr utf8 = openStrict(kUtf8Converter);
    if (!utf8)
        return fail(tr("The %1 converter is not available.").arg(QStringLiteral("UTF-8")));

    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = hasBom ? 3 : 0;
    const ToUnicodeResult asUtf8 = toUnicode(utf8.get(), bytes.constData() + start, bytes.size() - start);
    if (asUtf8.ok)
        return Decoded{asUtf8.text, Encoding::Utf8, hasBom};
    if (hasBom) {
        // The BOM says UTF-8; guessing another encoding would hide a damaged file.
        const qsizetype offset = asUtf8.badOffset + start;
        return fail(
            tr("The text is marked as UTF-8 but contains invalid bytes (%1) at byte offset %2, line %3.")
                .arg(hexBytes(asUtf8.badBytes))
                .arg(offset)
                .arg(lineOfByte(bytes, offset)));
    }

    const ConverterPtr cp932 = openStrict(kCp932Converter);
    if (!cp932)
        return fail(tr("The %1 converter is not available.").arg(encodingName(Encoding::Cp932)));
    const ToUnicodeResult asCp932 = toUnicode(cp932.get(), bytes.constData(), bytes.size());
    if (asCp932.ok)
        return Decoded{asCp932.text, Encoding::Cp932, false};
    return fail(
        tr("The text is neither UTF-8 nor CP932 (Shift_JIS): invalid bytes (%1) at byte offset %2, line %3.")
            .arg(hexBytes(asCp932.badBytes))
            .arg(asCp932.badOffset)
            .arg(lineOfByte(bytes, asCp932.badOffset)));
}

std::optional<QByteArray> TextCodec::encode(const QString& text, Encoding encoding, bool withBom,
                                            QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QString prepared = text;
    if (encoding == Encoding::Cp932) {
        // All twins are in the BMP, so indices (and error positions) stay the same.
        for (QChar& ch : prepared)
            ch = QChar(static_cast<char16_t>(cp932Equivalent(ch.unicode())));
    }

    const ConverterPtr converter = openStrict(encoding == Encoding::Cp932 ? kCp932Converter : kUtf8Converter);
    if (!converter)
        return fail(tr("The %1 converter is not available.").arg(encodingName(encoding)));

    const FromUnicodeResult result = fromUnicode(converter.get(), prepared);
    if (!result.ok) {
        const qsizetype index = result.badIndex;
        const qsizetype lineStart = text.lastIndexOf(u'\n', index - 1 < 0 ? 0 : index - 1) + 1;
        const int line = static_cast<int>(QStringView(text).first(index).count(u'\n')) + 1;
        // Columns count characters as the user sees them, so a surrogate pair is one.
        const int column =
            static_cast<int>(QStringView(text).mid(lineStart, index - lineStart).toUcs4().size()) + 1;
        const QChar first = text.at(index);
        const bool pair =
            first.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate();
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(first, text.at(index + 1)) : first.unicode();
        const QString hex = QString::number(codePoint, 16).toUpper().rightJustified(4, u'0');
        if (first.isSurrogate() && !pair) {
            return fail(tr("Line %1, column %2 contains a broken character (unpaired surrogate U+%3).")
                            .arg(line)
                            .arg(column)
                            .arg(hex));
        }
        const QString character = pair ? text.mid(index, 2) : QString(first);
        return fail(tr("The character “%1” (U+%2) on line %3, column %4 cannot be written in %5. "
                       "Replace it, or save as UTF-8.")
                        .arg(character, hex)
                        .arg(line)
                        .arg(column)
                        .arg(encodingName(encoding)));
    }

    if (encoding == Encoding::Utf8 && withBom)
        return QByteArray("\xEF\xBB\xBF") + result.bytes;
    return result.bytes;
}
