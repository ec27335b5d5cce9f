#include "date/JapaneseDate.h"

#include <QtGlobal>

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>

namespace {

// The calendar keyword matters for icu::Calendar and icu::SimpleDateFormat, but NOT for
// the public icu::DateFormatSymbols(Locale) constructor, which always loads Gregorian
// symbols (two eras, 紀元前/西暦). Era names are therefore read through a formatter.
const char* const kLocale = "ja_JP@calendar=japanese";

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMillisPerDay = 86400000.0;

QString toQString(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// icu::Calendar is not thread-safe, so each thread keeps its own. GMT avoids any
// daylight-saving or zone-offset surprise when a QDate is turned into a UDate.
icu::Calendar* calendar()
{
    thread_local std::unique_ptr<icu::Calendar> cal = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> c(
            icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(kLocale), status));
        if (U_FAILURE(status) || !c || qstrcmp(c->getType(), "japanese") != 0) {
            qWarning("JapaneseDate: ICU has no Japanese calendar (%s)", u_errorName(status));
            c.reset();
        } else {
            c->setLenient(true);
        }
        return c;
    }();
    return cal.get();
}

struct IcuFields
{
    int era = -1;
    int year = 0;
    int month = 0;
    int day = 0;
};

// Plain ICU conversion without any range policy. Note that ICU happily returns
// warnings such as U_USING_FALLBACK_WARNING (ja_JP falls back to ja), so only
// U_FAILURE counts.
std::optional<IcuFields> icuFields(const QDate& date)
{
    icu::Calendar* cal = calendar();
    if (!cal || !date.isValid())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    cal->setTime(double(date.toJulianDay() - kUnixEpochJulianDay) * kMillisPerDay, status);
    IcuFields f;
    f.era = cal->get(UCAL_ERA, status);
    f.year = cal->get(UCAL_YEAR, status);
    f.month = cal->get(UCAL_MONTH, status) + 1;
    f.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return f;
}

struct Tables
{
    QList<JapaneseDate::Era> eras;
    QStringList weekdays; // index 0 = Monday, as Qt counts
};

// Binary search for the first day in [from, to] whose ICU era is >= icuEra; eras only
// ever increase with time, and ICU is the authority on where each one starts.
QDate firstDayOfEra(int icuEra, QDate from, QDate to)
{
    qint64 lo = from.toJulianDay();
    qint64 hi = to.toJulianDay() + 1;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        const auto f = icuFields(QDate::fromJulianDay(mid));
        if (f && f->era >= icuEra)
            hi = mid;
        else
            lo = mid + 1;
    }
    return QDate::fromJulianDay(lo);
}

Tables buildTables()
{
    Tables t;
    icu::Calendar* cal = calendar();
    UErrorCode status = U_ZERO_ERROR;
    icu::SimpleDateFormat fmt(icu::UnicodeString(u"G"), icu::Locale(kLocale), status);
    if (!cal || U_FAILURE(status))
        return t;
    const icu::DateFormatSymbols* symbols = fmt.getDateFormatSymbols();
    int32_t nameCount = 0;
    int32_t letterCount = 0;
    int32_t dayCount = 0;
    const icu::UnicodeString* names = symbols->getEras(nameCount);
    const icu::UnicodeString* letters = symbols->getNarrowEras(letterCount);
    const icu::UnicodeString* days =
        symbols->getWeekdays(dayCount, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::SHORT);
    // ICU numbers weekdays 1 = Sunday … 7 = Saturday; Qt 1 = Monday … 7 = Sunday.
    if (dayCount >= 8) {
        for (int qtDay = 1; qtDay <= 7; ++qtDay)
            t.weekdays << toQString(days[qtDay % 7 + 1]);
    }

    const auto first = icuFields(JapaneseDate::firstSupportedDate());
    const auto last = icuFields(QDate(9999, 12, 31));
    if (!first || !last)
        return t;
    for (int icuEra = first->era; icuEra <= last->era; ++icuEra) {
        if (icuEra >= nameCount || icuEra >= letterCount)
            break;
        // ICU tells which Gregorian year is year 1 of the era; the exact day is then
        // searched within that year.
        cal->clear();
        cal->set(UCAL_ERA, icuEra);
        cal->set(UCAL_YEAR, 1);
        UErrorCode s = U_ZERO_ERROR;
        const int startYear = cal->get(UCAL_EXTENDED_YEAR, s);
        if (U_FAILURE(s))
            break;
        JapaneseDate::Era era;
        era.icuEra = icuEra;
        era.name = toQString(names[icuEra]);
        era.letter = toQString(letters[icuEra]).toUpper();
        era.firstDay = firstDayOfEra(icuEra, QDate(startYear, 1, 1), QDate(startYear, 12, 31));
        if (!t.eras.isEmpty())
            t.eras.last().lastDay = era.firstDay.addDays(-1);
        t.eras << era;
    }
    return t;
}

const Tables& tables()
{
    static const Tables t = buildTables();
    return t;
}

} // namespace

const QList<JapaneseDate::Era>& JapaneseDate::eras()
{
    return tables().eras;
}

int JapaneseDate::findEra(QStringView nameOrLetter)
{
    const QList<Era>& all = eras();
    for (int i = 0; i < all.size(); ++i) {
        if (nameOrLetter == all[i].name || nameOrLetter.compare(all[i].letter, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QDate JapaneseDate::firstSupportedDate()
{
    return QDate(1873, 1, 1);
}

bool JapaneseDate::isSupported(const QDate& date)
{
    return date.isValid() && date >= firstSupportedDate() && !eras().isEmpty();
}

std::optional<JapaneseDate::Wareki> JapaneseDate::toWareki(const QDate& date)
{
    if (!isSupported(date))
        return std::nullopt;
    const auto f = icuFields(date);
    if (!f)
        return std::nullopt;
    const QList<Era>& all = eras();
    const int index = f->era - all.first().icuEra;
    if (index < 0 || index >= all.size())
        return std::nullopt;
    return Wareki{index, f->year, f->month, f->day};
}

std::optional<int> JapaneseDate::gregorianYear(int era, int eraYear)
{
    const QList<Era>& all = eras();
    icu::Calendar* cal = calendar();
    if (era < 0 || era >= all.size() || eraYear < 1 || !cal)
        return std::nullopt;
    cal->clear();
    cal->set(UCAL_ERA, all[era].icuEra);
    cal->set(UCAL_YEAR, eraYear);
    UErrorCode status = U_ZERO_ERROR;
    const int year = cal->get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return year;
}

QDate JapaneseDate::fromWareki(const Wareki& wareki)
{
    if (wareki.month < 1 || wareki.month > 12)
        return {};
    const auto year = gregorianYear(wareki.era, wareki.year);
    if (!year)
        return {};
    const QDate date(*year, wareki.month, wareki.day);
    // ICU, even when not lenient, accepts H31.5.1 or H32.1.1 and silently moves them
    // into 令和; converting back is what tells whether the era really covered the day.
    const auto back = toWareki(date);
    if (!back || !(*back == wareki))
        return {};
    return date;
}

QString JapaneseDate::yearNumber(int eraYear)
{
    return eraYear == 1 ? QStringLiteral(u"元") : QString::number(eraYear);
}

QString JapaneseDate::eraYear(const QDate& date)
{
    const auto w = toWareki(date);
    if (!w)
        return {};
    return eras().at(w->era).name + yearNumber(w->year) + u'年';
}

QString JapaneseDate::formatLongNoWeekday(const QDate& date)
{
    const auto w = toWareki(date);
    if (!w)
        return date.toString(Qt::ISODate);
    return eras().at(w->era).name + yearNumber(w->year) + u'年' + QString::number(w->month) + u'月' +
           QString::number(w->day) + u'日';
}

QString JapaneseDate::formatLong(const QDate& date)
{
    if (!isSupported(date))
        return date.toString(Qt::ISODate);
    // Full-width parentheses, as in printed official documents.
    return formatLongNoWeekday(date) + u'（' + weekdayKanji(date) + u'）';
}

QString JapaneseDate::formatShort(const QDate& date)
{
    const auto w = toWareki(date);
    if (!w)
        return date.toString(Qt::ISODate);
    // The short form never uses 元: R1.5.1 is what forms and spreadsheets expect.
    return eras().at(w->era).letter + QString::number(w->year) + u'.' + QString::number(w->month) + u'.' +
           QString::number(w->day);
}

QString JapaneseDate::weekdayKanji(const QDate& date)
{
    const QStringList& days = tables().weekdays;
    if (!date.isValid() || days.size() != 7)
        return {};
    return days.at(date.dayOfWeek() - 1);
}

int JapaneseDate::dayOfWeekFromKanji(QStringView kanji)
{
    const QStringList& days = tables().weekdays;
    for (int i = 0; i < days.size(); ++i) {
        if (kanji == days.at(i))
            return i + 1;
    }
    return 0;
}
