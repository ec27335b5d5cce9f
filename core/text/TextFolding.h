#pragma once

#include <QString>
#include <QStringList>

// Folding of Japanese text for search, duplicate detection and sorting.
//
// People type the same name in many ways: 白﨑 from the seed document and 白崎 from the
// keyboard, ｼﾗｻｷ from an old system, シラサキ or しらさき as the reading, with or without a
// space between family and given name. fold() maps all of these to one key so that a
// substring search or an equality test on folded keys treats them as the same.
// The folded key is for comparison only and is never shown to the user.
class TextFolding
{
public:
    // The search/duplicate key: NFKC (half-width kana → full-width, full-width Latin and
    // digits → ASCII), katakana → hiragana, case folding, white space / control characters /
    // variation selectors removed, middle dots and hyphens removed (a hyphen typed after kana
    // becomes ー, because that is what the typist meant), variant kanji → common form
    // (see variantTable() in the .cpp). The long vowel mark ー is kept: it is part of readings.
    static QString fold(const QString& text);

    // True if needle (unfolded, as typed) occurs in haystackFolded (already folded, e.g. a
    // stored search_key). An empty needle matches everything.
    static bool matches(const QString& haystackFolded, const QString& needle);

    // Folds each part and joins them with a separator that fold() never produces, so that a
    // needle never matches across two fields (name "白﨑直樹" + reading "しらさきなおき").
    static QString searchKey(const QStringList& parts);
    static QChar searchKeySeparator() { return QChar(0x1F); }

    // A key whose plain (binary, code-unit) order is 五十音順 by reading, so that it can be
    // stored and used in SQL ORDER BY. Dakuten and small kana only break ties (か = が,
    // つ = っ at first), ー counts as the vowel it lengthens (コーヒー sorts as こおひい).
    // Entries without a reading come after all entries with one, ordered by their name.
    static QString sortKey(const QString& reading, const QString& name);

    // Compares with ICU's Japanese collator (locale "ja"), which knows kana order and
    // falls back to code point order for kanji. <0, 0, >0 like strcmp.
    // One collator per thread, so this is safe to call from worker threads.
    static int compare(const QString& a, const QString& b);

    // Orders people/organisations as lists show them: by reading (empty readings last),
    // then by name. Uses sortKey(), so it agrees with a database ORDER BY on sort keys.
    static int compareByReading(const QString& readingA, const QString& nameA, const QString& readingB,
                                const QString& nameB);

    // The variant → common kanji pairs used by fold(), for documentation and tests.
    struct Variant
    {
        char32_t variant;
        char32_t common;
    };
    static QList<Variant> variants();
};
