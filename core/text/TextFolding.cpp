#include "TextFolding.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <memory>

namespace {

// Variant kanji (異体字・旧字体) found in Japanese personal and place names, mapped to the
// form a standard keyboard/IME gives. The list is the one place where this knowledge lives.
// Why each matters: registers and the seed document use the variant (白﨑, 髙橋, 渡邊, 齋藤),
// while staff type the common form, and both must find the same person.
// Characters are as they appear *after* NFKC: compatibility ideographs with a canonical
// decomposition (e.g. U+FA10 塚) are already unified by NFKC, but the twelve "unified"
// ideographs of the FAxx block (U+FA11 﨑 among them) are not, so they must be listed here.
// 斉 is folded together with 齋/齊 into 斎: the characters differ, but in surnames
// (斉藤/斎藤/齋藤/齊藤) people mix them up constantly. 龍/竜 are deliberately absent: they
// are distinct names.
// clang-format off
constexpr std::array<TextFolding::Variant, 46> kVariants = {{
    // The pairs named by the council's own documents and users.
    {U'\uFA11', U'崎'}, // 﨑 "tatsu-saki", a CJK compatibility ideograph that NFKC keeps
    {U'嵜', U'崎'}, {U'碕', U'崎'},
    {U'髙', U'高'}, // "hashigo-daka"
    {U'邊', U'辺'}, {U'邉', U'辺'},
    {U'齋', U'斎'}, {U'齊', U'斎'}, {U'斉', U'斎'},
    // Old (旧字体) and variant forms common in surnames and given names.
    {U'濱', U'浜'}, {U'澤', U'沢'}, {U'廣', U'広'}, {U'德', U'徳'}, {U'國', U'国'}, {U'櫻', U'桜'},
    {U'曾', U'曽'}, {U'嶋', U'島'}, {U'嶌', U'島'}, {U'冨', U'富'}, {U'槇', U'槙'}, {U'瀨', U'瀬'},
    {U'彌', U'弥'}, {U'惠', U'恵'}, {U'眞', U'真'}, {U'實', U'実'}, {U'藏', U'蔵'}, {U'榮', U'栄'},
    {U'壽', U'寿'},
    {U'\U00020BB7', U'吉'}, // 𠮷 "tsuchi-yoshi", outside the BMP
    {U'舘', U'館'}, {U'桒', U'桑'}, {U'栁', U'柳'}, {U'峯', U'峰'}, {U'淵', U'渕'}, {U'邨', U'村'},
    {U'來', U'来'}, {U'萬', U'万'}, {U'龜', U'亀'}, {U'圓', U'円'}, {U'關', U'関'}, {U'澁', U'渋'},
    {U'條', U'条'}, {U'淺', U'浅'}, {U'靜', U'静'}, {U'增', U'増'}, {U'禮', U'礼'},
}};
// clang-format on

char32_t commonForm(char32_t c)
{
    for (const auto& v : kVariants) {
        if (v.variant == c)
            return v.common;
    }
    return c;
}

bool isHiragana(char32_t c)
{
    return c >= 0x3041 && c <= 0x309F;
}

bool isKatakana(char32_t c)
{
    return c >= 0x30A0 && c <= 0x30FF;
}

// Characters that separate words in a name or number but carry no meaning for search:
// middle dots (ジョン・スミス) and hyphen/dash-like characters (0761-72-1234).
bool isSeparator(char32_t c)
{
    switch (c) {
    case 0x30FB: // ・ KATAKANA MIDDLE DOT (NFKC maps half-width ･ here)
    case 0x00B7: // · MIDDLE DOT
    case 0x2027: // ‧ HYPHENATION POINT
    case 0x2219: // ∙ BULLET OPERATOR
    case 0x002D: // - HYPHEN-MINUS (NFKC maps full-width － here)
    case 0x2010: // ‐ HYPHEN
    case 0x2011: // ‑ NON-BREAKING HYPHEN
    case 0x2012: // ‒ FIGURE DASH
    case 0x2013: // – EN DASH
    case 0x2014: // — EM DASH
    case 0x2015: // ― HORIZONTAL BAR (CP932 0x815C)
    case 0x2212: // − MINUS SIGN
    case 0x30A0: // ゠ KATAKANA-HIRAGANA DOUBLE HYPHEN
        return true;
    default:
        return false;
    }
}

// Variation selectors choose a glyph (e.g. the IVS forms of 辻 or 葛) without changing
// the character; for search they must not matter.
bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180D);
}

bool isDroppable(char32_t c)
{
    if (QChar::isSpace(c) || isVariationSelector(c))
        return true;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format;
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

char32_t lastCodePoint(const QString& s)
{
    if (s.isEmpty())
        return 0;
    const QChar last = s.back();
    if (last.isLowSurrogate() && s.size() >= 2 && s.at(s.size() - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(s.size() - 2), last);
    return last.unicode();
}

// Katakana → hiragana; everything else unchanged. ヷヸヹヺ have no hiragana and stay.
char32_t toHiragana(char32_t c)
{
    if (c >= 0x30A1 && c <= 0x30F6)
        return c - 0x60;
    if (c == 0x30FD || c == 0x30FE) // ヽヾ iteration marks
        return c - 0x60;
    return c;
}

// The base of a kana for the primary sort level: dakuten/handakuten removed, small kana
// made large. Works on hiragana (sort keys are built from folded text).
char32_t primaryKana(char32_t c)
{
    if (!isHiragana(c))
        return c;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
    char32_t base = decomposed.isEmpty() ? c : decomposed.at(0).unicode();
    switch (base) {
    case U'ぁ':
        return U'あ';
    case U'ぃ':
        return U'い';
    case U'ぅ':
        return U'う';
    case U'ぇ':
        return U'え';
    case U'ぉ':
        return U'お';
    case U'っ':
        return U'つ';
    case U'ゃ':
        return U'や';
    case U'ゅ':
        return U'ゆ';
    case U'ょ':
        return U'よ';
    case U'ゎ':
        return U'わ';
    case U'ゕ':
        return U'か';
    case U'ゖ':
        return U'け';
    default:
        return base;
    }
}

// The vowel a long vowel mark stands for after the given (primary) kana, as Japanese
// dictionaries sort it: カー = かあ, コーヒー = こおひい.
char32_t vowelOf(char32_t kana)
{
    static const std::u32string_view rows[] = {U"あかさたなはまやらわ", U"いきしちにひみりゐ",
                                               U"うくすつぬふむゆる", U"えけせてねへめれゑ",
                                               U"おこそとのほもよろを"};
    static const char32_t vowels[] = {U'あ', U'い', U'う', U'え', U'お'};
    for (int i = 0; i < 5; ++i) {
        if (rows[i].find(kana) != std::u32string_view::npos)
            return vowels[i];
    }
    return kana; // ん, or not kana: the mark repeats what came before
}

// Folded reading reduced to its primary sort level (see sortKey()).
QString primaryLevel(const QString& folded)
{
    QString out;
    out.reserve(folded.size());
    char32_t previous = 0;
    for (const char32_t c : folded.toUcs4()) {
        char32_t p = primaryKana(c);
        if (c == U'ー' && previous != 0)
            p = vowelOf(previous);
        else if ((c == U'ゝ' || c == U'ゞ') && previous != 0)
            p = previous;
        appendCodePoint(out, p);
        previous = p;
    }
    return out;
}

icu::Collator* japaneseCollator()
{
    // One per thread: icu::Collator::compare is not documented as thread-safe on a shared
    // instance, and creating one per call would be slow in a sort.
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("ja"), status));
        if (U_FAILURE(status))
            c.reset();
        return c;
    }();
    return collator.get();
}

} // namespace

QString TextFolding::fold(const QString& text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(normalised.size());
    for (const char32_t raw : normalised.toUcs4()) {
        if (isDroppable(raw))
            continue;
        if (isSeparator(raw)) {
            // A hyphen right after kana is a mistyped ー (ケアマネ-ジャ-); elsewhere it only
            // separates digits or words and is dropped.
            const char32_t previous = lastCodePoint(out);
            if (previous != 0 && raw != 0x30FB && raw != 0x00B7 && raw != 0x2027 && raw != 0x2219 &&
                (isHiragana(previous) || isKatakana(previous)))
                out.append(QChar(u'ー'));
            continue;
        }
        char32_t c = toHiragana(raw);
        // Small ヶ/ヵ in place names (霞ヶ関, 〜ヶ丘) are written as large ケ/か just as often.
        if (c == U'ゖ')
            c = U'け';
        else if (c == U'ゕ')
            c = U'か';
        appendCodePoint(out, commonForm(c));
    }
    // Recompose: a spacing dakuten (゛) becomes " ゙" under NFKC; with the space dropped it can
    // now join its kana (か゛ → が).
    return out.normalized(QString::NormalizationForm_C);
}

bool TextFolding::matches(const QString& haystackFolded, const QString& needle)
{
    return haystackFolded.contains(fold(needle));
}

QString TextFolding::searchKey(const QStringList& parts)
{
    QString key;
    for (const QString& part : parts) {
        if (!key.isEmpty())
            key.append(searchKeySeparator());
        key.append(fold(part));
    }
    return key;
}

QString TextFolding::sortKey(const QString& reading, const QString& name)
{
    // Levels are separated by U+0001, which sorts before every character that can occur
    // in a folded string, so a shorter reading sorts before its extensions (かな < かなえ).
    constexpr QChar level(0x01);
    const QString foldedReading = fold(reading);
    const QString foldedName = fold(name);
    if (foldedReading.isEmpty()) {
        // No reading: after everyone with one ('2' > '1'), ordered by the name itself
        // (which may well be kana, e.g. さくら薬局).
        return QChar(u'2') + primaryLevel(foldedName) + level + foldedName + level + name;
    }
    return QChar(u'1') + primaryLevel(foldedReading) + level + foldedReading + level + foldedName + level +
           name;
}

int TextFolding::compare(const QString& a, const QString& b)
{
    if (icu::Collator* collator = japaneseCollator()) {
        UErrorCode status = U_ZERO_ERROR;
        const UCollationResult r = collator->compare(
            reinterpret_cast<const UChar*>(a.utf16()), static_cast<int32_t>(a.size()),
            reinterpret_cast<const UChar*>(b.utf16()), static_cast<int32_t>(b.size()), status);
        if (U_SUCCESS(status))
            return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
    }
    // Without ICU collation data, code point order still groups kana sensibly.
    const int r = a.compare(b);
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

int TextFolding::compareByReading(const QString& readingA, const QString& nameA, const QString& readingB,
                                  const QString& nameB)
{
    const int r = sortKey(readingA, nameA).compare(sortKey(readingB, nameB));
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

QList<TextFolding::Variant> TextFolding::variants()
{
    return QList<Variant>(kVariants.begin(), kVariants.end());
}
