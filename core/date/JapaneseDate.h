#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Japanese era dates (wareki, 和暦) as official documents write them.
// Qt has no Japanese calendar, so every era/year decision is delegated to ICU's
// "japanese" calendar; this class only adds the notation (元年, R6.12.12, （木）).
// Wareki is offered from 1873-01-01 (明治6年1月1日), the day Japan adopted the
// Gregorian calendar: ICU projects earlier Meiji dates onto the Gregorian calendar,
// which would give wrong results for the lunisolar dates people actually wrote then.
// All functions are thread-safe.
class JapaneseDate
{
public:
    // One modern era as ICU defines it.
    struct Era
    {
        int icuEra = -1; // ICU's UCAL_ERA value (232 = 明治 … 236 = 令和 in ICU 72)
        QString name;    // 令和
        QString letter;  // R (upper case)
        QDate firstDay;  // 2019-05-01; for 明治 the historical start 1868-09-08
        QDate lastDay;   // invalid while the era is still current
    };

    // A date spelled as era, era year, month and day.
    struct Wareki
    {
        int era = -1; // index into eras()
        int year = 0; // 1 is written 元
        int month = 0;
        int day = 0;

        friend bool operator==(const Wareki&, const Wareki&) = default;
    };

    // 明治, 大正, 昭和, 平成, 令和 (and any later era ICU knows), oldest first.
    // Empty only if ICU data is missing, in which case every format falls back to ISO.
    static const QList<Era>& eras();
    // Index into eras() for "令和", "R" or "r"; -1 if unknown.
    static int findEra(QStringView nameOrLetter);
    // 1873-01-01: the first date for which wareki is produced or accepted.
    static QDate firstSupportedDate();
    static bool isSupported(const QDate& date);

    // std::nullopt for invalid or unsupported dates.
    static std::optional<Wareki> toWareki(const QDate& date);
    // The Gregorian year in which the given era year falls (令和6 → 2024), or nullopt
    // for an unknown era or year < 1. No check that the era actually lasted that long.
    static std::optional<int> gregorianYear(int era, int eraYear);
    // The date for a wareki spelling, or an invalid QDate if the day does not exist or
    // lies outside the era (H31.5.1, R1.4.1) or before firstSupportedDate().
    static QDate fromWareki(const Wareki& wareki);

    // 令和6年12月12日（木）; ISO 8601 for invalid or unsupported dates ("" if invalid).
    static QString formatLong(const QDate& date);
    // 令和6年12月12日
    static QString formatLongNoWeekday(const QDate& date);
    // R6.12.12
    static QString formatShort(const QDate& date);
    // 令和6年 / 令和元年; empty for unsupported dates.
    static QString eraYear(const QDate& date);
    // "元" for 1, otherwise the number in ASCII digits.
    static QString yearNumber(int eraYear);
    // One-kanji weekday: 木. Empty for an invalid date.
    static QString weekdayKanji(const QDate& date);
    // Qt::DayOfWeek (1 = Monday) for a one-kanji weekday, or 0.
    static int dayOfWeekFromKanji(QStringView kanji);
};
