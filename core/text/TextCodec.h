#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reading and writing the two encodings Japanese offices exchange files in: UTF-8 (with or
// without BOM) and CP932, the Windows dialect of Shift_JIS that Japanese Excel writes.
// Qt 6 has no Japanese codecs of its own, so this goes through ICU converters.
// Nothing is ever substituted silently: a byte that is not text, or a character the target
// encoding cannot hold, is an error that says where it is, because a "?" in a member list
// goes unnoticed until it is printed in the annual report.
class TextCodec
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)

public:
    enum class Encoding { Utf8, Cp932 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool hadBom = false;
    };

    // UTF-8 BOM → UTF-8; else strictly valid UTF-8 → UTF-8; else CP932. Fails (with a
    // message naming the byte offset and line) if the bytes are valid in neither.
    // The BOM is not part of the returned text.
    static std::optional<Decoded> decode(const QByteArray& bytes, QString* error);

    // Encodes text; with withBom, UTF-8 output starts with EF BB BF (ignored for CP932).
    // For CP932 the characters that Unicode has twice because of the JIS/Microsoft mapping
    // split (〜 U+301C vs ～ U+FF5E, − U+2212 vs － U+FF0D, …) are written as the CP932 form;
    // see cp932Equivalent(). Any other character CP932 lacks is an error naming it,
    // with its line and column.
    static std::optional<QByteArray> encode(const QString& text, Encoding encoding, bool withBom,
                                            QString* error);

    // "UTF-8" or "CP932 (Shift_JIS)": technical names, the same in every language.
    static QString encodingName(Encoding encoding);

    // The ICU converter used for CP932 (see the .cpp for why this one).
    static const char* cp932ConverterName();

    // The CP932 character that stands for c, if c is one of the JIS-mapping twins; else c.
    static char32_t cp932Equivalent(char32_t c);
};
