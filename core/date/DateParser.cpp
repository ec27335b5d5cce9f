#include "date/DateParser.h"

#include "date/JapaneseDate.h"

#include <QRegularExpression>

namespace {

// "%1" is the Gregorian year; one string per month so translators can order it freely
// (2024年2月).
const char* const kMonthYear[] = {
    QT_TRANSLATE_NOOP("DateParser", "January %1"),   QT_TRANSLATE_NOOP("DateParser", "February %1"),
    QT_TRANSLATE_NOOP("DateParser", "March %1"),     QT_TRANSLATE_NOOP("DateParser", "April %1"),
    QT_TRANSLATE_NOOP("DateParser", "May %1"),       QT_TRANSLATE_NOOP("DateParser", "June %1"),
    QT_TRANSLATE_NOOP("DateParser", "July %1"),      QT_TRANSLATE_NOOP("DateParser", "August %1"),
    QT_TRANSLATE_NOOP("DateParser", "September %1"), QT_TRANSLATE_NOOP("DateParser", "October %1"),
    QT_TRANSLATE_NOOP("DateParser", "November %1"),  QT_TRANSLATE_NOOP("DateParser", "December %1"),
};

const char* const kWeekdayNames[] = {
    QT_TRANSLATE_NOOP("DateParser", "Monday"),    QT_TRANSLATE_NOOP("DateParser", "Tuesday"),
    QT_TRANSLATE_NOOP("DateParser", "Wednesday"), QT_TRANSLATE_NOOP("DateParser", "Thursday"),
    QT_TRANSLATE_NOOP("DateParser", "Friday"),    QT_TRANSLATE_NOOP("DateParser", "Saturday"),
    QT_TRANSLATE_NOOP("DateParser", "Sunday"),
};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// A trailing weekday: "(木)", "(木曜)", "(木曜日)", or the same without parentheses after
// a space. NFKC has already turned （） into ().
const QRegularExpression& weekdayPattern()
{
    static const QRegularExpression re(
        QStringLiteral(u"\\s*(?:\\(\\s*(\\S)(?:曜日?)?\\s*\\)|\\s(\\S)曜日?)$"));
    return re;
}

// Era token: one Latin letter (R, h) or a run of kanji (令和). Year: digits or 元.
const QRegularExpression& eraDottedPattern()
{
    static const QRegularExpression re(
        QStringLiteral(u"^([A-Za-z])\\s*([0-9]{1,3}|元)\\s*([-/.])\\s*([0-9]{1,2})\\s*\\3\\s*([0-9]{1,2})$"));
    return re;
}

const QRegularExpression& eraKanjiPattern()
{
    static const QRegularExpression re(QStringLiteral(u"^([A-Za-z]|\\p{Han}{1,4}?)\\s*([0-9]{1,3}|元)\\s*"
                                                      u"年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日?$"));
    return re;
}

const QRegularExpression& isoPattern()
{
    static const QRegularExpression re(
        QStringLiteral(u"^([0-9]{4})\\s*([-/.])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})$"));
    return re;
}

const QRegularExpression& compactPattern()
{
    static const QRegularExpression re(QStringLiteral(u"^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    return re;
}

const QRegularExpression& gregorianKanjiPattern()
{
    static const QRegularExpression re(
        QStringLiteral(u"^(?:西暦\\s*)?([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日?$"));
    return re;
}

QString monthYearText(int year, int month)
{
    return DateParser::tr(kMonthYear[month - 1]).arg(year);
}

// Month and day checks shared by both calendars, worded in Gregorian terms because
// that is the calendar whose months have the lengths in question.
bool checkMonthDay(const QString& input, int year, int month, int day, QString* error)
{
    if (month < 1 || month > 12) {
        return fail(error, DateParser::tr("\"%1\" is not a valid date: there is no month %2.")
                               .arg(input, QString::number(month)));
    }
    if (!QDate::isValid(year, month, day)) {
        return fail(error, DateParser::tr("\"%1\" is not a valid date: %2 has no day %3.")
                               .arg(input, monthYearText(year, month), QString::number(day)));
    }
    return true;
}

std::optional<QDate> parseGregorian(const QString& input, int year, int month, int day, QString* error)
{
    if (year < 1000) {
        fail(error, DateParser::tr("\"%1\" is not a valid date: the year %2 is out of range.")
                        .arg(input, QString::number(year)));
        return std::nullopt;
    }
    if (!checkMonthDay(input, year, month, day, error))
        return std::nullopt;
    return QDate(year, month, day);
}

std::optional<QDate> parseWareki(const QString& input, const QString& eraText, const QString& yearText,
                                 int month, int day, QString* error)
{
    const int era = JapaneseDate::findEra(eraText);
    if (era < 0) {
        fail(error, DateParser::tr("\"%1\" is not a valid date: \"%2\" is not a known era. Use one of %3.")
                        .arg(input, eraText, DateParser::knownErasText()));
        return std::nullopt;
    }
    const JapaneseDate::Era& info = JapaneseDate::eras().at(era);
    const int eraYear = yearText == u"元" ? 1 : yearText.toInt();
    if (eraYear < 1) {
        fail(error, DateParser::tr("\"%1\" is not a valid date: era years start at 1 (元年); there is no "
                                   "year 0.")
                        .arg(input));
        return std::nullopt;
    }
    const auto year = JapaneseDate::gregorianYear(era, eraYear);
    if (!year || *year > 9999) {
        fail(error, DateParser::tr("\"%1\" is not a valid date: the year %2 is out of range.")
                        .arg(input, info.name + QString::number(eraYear)));
        return std::nullopt;
    }
    if (!checkMonthDay(input, *year, month, day, error))
        return std::nullopt;
    const QDate date(*year, month, day);
    if (date < JapaneseDate::firstSupportedDate()) {
        fail(error, DateParser::tr("\"%1\" is before 1873-01-01 (明治6年1月1日), when Japan adopted the "
                                   "Gregorian calendar; earlier Japanese dates are not supported.")
                        .arg(input));
        return std::nullopt;
    }
    // ICU decides the era boundaries: the date must come back as the same era and year.
    if (JapaneseDate::fromWareki({era, eraYear, month, day}) == date)
        return date;
    if (date < info.firstDay) {
        fail(error, DateParser::tr("\"%1\" is before the start of the %2 era, which began on %3 (%4).")
                        .arg(input, info.name, info.firstDay.toString(Qt::ISODate),
                             JapaneseDate::formatLongNoWeekday(info.firstDay)));
    } else {
        fail(error, DateParser::tr("\"%1\" is after the end of the %2 era, which ended on %3 (%4).")
                        .arg(input, info.name, info.lastDay.toString(Qt::ISODate),
                             JapaneseDate::formatLongNoWeekday(info.lastDay)));
    }
    return std::nullopt;
}

} // namespace

QString DateParser::normalize(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    // NFKC maps the full-width hyphen-minus but not these, which Japanese IMEs and
    // word processors commonly produce where a hyphen is meant.
    for (QChar& c : s) {
        switch (c.unicode()) {
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
        case 0x2012: // figure dash
        case 0x2013: // en dash
        case 0x2014: // em dash
        case 0x2212: // minus sign
        case 0x30FC: // katakana prolonged sound mark
        case 0xFF70: // half-width prolonged sound mark (NFKC gives 30FC, kept for safety)
            c = u'-';
            break;
        default:
            break;
        }
    }
    return s.trimmed();
}

QString DateParser::knownErasText()
{
    QStringList parts;
    for (const JapaneseDate::Era& era : JapaneseDate::eras())
        parts << era.letter + u'/' + era.name;
    return parts.join(QStringLiteral(", "));
}

std::optional<QDate> DateParser::parse(const QString& text, QString* error)
{
    const QString input = text.trimmed();
    QString s = normalize(text);
    if (s.isEmpty()) {
        fail(error, tr("No date was entered."));
        return std::nullopt;
    }

    // Take off a trailing weekday first so the patterns below stay simple; it is
    // checked once the date is known.
    QString weekday;
    const QRegularExpressionMatch wm = weekdayPattern().match(s);
    if (wm.hasMatch()) {
        weekday = wm.captured(1).isEmpty() ? wm.captured(2) : wm.captured(1);
        s.truncate(wm.capturedStart());
    }

    std::optional<QDate> result;
    bool matched = true;
    QRegularExpressionMatch m;
    if ((m = isoPattern().match(s)).hasMatch()) {
        result =
            parseGregorian(input, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), error);
    } else if ((m = compactPattern().match(s)).hasMatch() ||
               (m = gregorianKanjiPattern().match(s)).hasMatch()) {
        result =
            parseGregorian(input, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), error);
    } else if ((m = eraDottedPattern().match(s)).hasMatch()) {
        result = parseWareki(input, m.captured(1), m.captured(2), m.captured(4).toInt(),
                             m.captured(5).toInt(), error);
    } else if ((m = eraKanjiPattern().match(s)).hasMatch()) {
        result = parseWareki(input, m.captured(1), m.captured(2), m.captured(3).toInt(),
                             m.captured(4).toInt(), error);
    } else {
        matched = false;
    }
    if (!matched) {
        fail(error, tr("\"%1\" is not a date. Use a form such as 2024-12-12, R6.12.12 or 令和6年12月12日.")
                        .arg(input));
        return std::nullopt;
    }
    if (!result)
        return std::nullopt;

    if (!weekday.isEmpty()) {
        const int dow = JapaneseDate::dayOfWeekFromKanji(weekday);
        if (dow == 0) {
            fail(error,
                 tr("\"%1\" is not a valid date: \"%2\" is not a day of the week.").arg(input, weekday));
            return std::nullopt;
        }
        if (dow != result->dayOfWeek()) {
            fail(error, tr("\"%1\" has the wrong day of the week: %2 is a %3, not a %4.")
                            .arg(input, result->toString(Qt::ISODate),
                                 tr(kWeekdayNames[result->dayOfWeek() - 1]), tr(kWeekdayNames[dow - 1])));
            return std::nullopt;
        }
    }
    if (error)
        error->clear();
    return result;
}
