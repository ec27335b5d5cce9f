#include "date/FiscalYear.h"

#include "date/DateParser.h"
#include "date/JapaneseDate.h"

#include <QRegularExpression>

bool FiscalYear::contains(const QDate& date) const
{
    return date.isValid() && date >= firstDay() && date <= lastDay();
}

FiscalYear FiscalYear::of(const QDate& date)
{
    return FiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

FiscalYear FiscalYear::current()
{
    return of(QDate::currentDate());
}

QString FiscalYear::label() const
{
    // Dec 31 rather than Apr 1: April 2019 was still 平成, yet the year is 令和元年度.
    const QString eraYear = JapaneseDate::eraYear(QDate(m_startYear, 12, 31));
    if (eraYear.isEmpty())
        return QString::number(m_startYear) + u"年度";
    return eraYear + u'度';
}

QString FiscalYear::shortLabel() const
{
    const auto w = JapaneseDate::toWareki(QDate(m_startYear, 12, 31));
    if (!w)
        return QString::number(m_startYear) + u"年度";
    return JapaneseDate::eras().at(w->era).letter + QString::number(w->year) + u"年度";
}

QString FiscalYear::outOfRange(const QString& input, int startYear)
{
    return tr("\"%1\" is not a valid fiscal year: the year %2 is outside the supported range %3 to %4.")
        .arg(input, QString::number(startYear), QString::number(MinimumStartYear),
             QString::number(MaximumStartYear));
}

std::optional<FiscalYear> FiscalYear::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<FiscalYear> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString input = text.trimmed();
    const QString s = DateParser::normalize(text);
    if (s.isEmpty())
        return fail(tr("No fiscal year was entered."));

    static const QRegularExpression gregorian(
        QStringLiteral(u"^(?:FY\\s*|西暦\\s*)?([0-9]{1,4})\\s*(?:年度?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wareki(
        QStringLiteral(u"^([A-Za-z]|\\p{Han}{1,4}?)\\s*([0-9]{1,3}|元)\\s*(?:年度?)?$"));

    int startYear = 0;
    QRegularExpressionMatch m;
    if ((m = gregorian.match(s)).hasMatch()) {
        startYear = m.captured(1).toInt();
    } else if ((m = wareki.match(s)).hasMatch()) {
        const QString eraText = m.captured(1);
        const int era = JapaneseDate::findEra(eraText);
        if (era < 0) {
            return fail(tr("\"%1\" is not a valid fiscal year: \"%2\" is not a known era. Use one of %3.")
                            .arg(input, eraText, DateParser::knownErasText()));
        }
        const JapaneseDate::Era& info = JapaneseDate::eras().at(era);
        const int eraYear = m.captured(2) == u"元" ? 1 : m.captured(2).toInt();
        if (eraYear < 1) {
            return fail(
                tr("\"%1\" is not a valid fiscal year: era years start at 1 (元年); there is no year 0.")
                    .arg(input));
        }
        const auto year = JapaneseDate::gregorianYear(era, eraYear);
        if (!year)
            return fail(tr("\"%1\" is not a valid fiscal year.").arg(input));
        if (*year < MinimumStartYear || *year > MaximumStartYear)
            return fail(outOfRange(input, *year));
        // An era year is acceptable if the era was in force on some day of that
        // Gregorian year (ICU decides): 平成31 (2019) is, 平成32 (2020) is not.
        const bool inEra = JapaneseDate::fromWareki({era, eraYear, 12, 31}).isValid() ||
                           JapaneseDate::fromWareki({era, eraYear, 1, 1}).isValid();
        if (!inEra) {
            return fail(tr("\"%1\" is not a valid fiscal year: the %2 era ended on %3 (%4), so it has no "
                           "year %5.")
                            .arg(input, info.name, info.lastDay.toString(Qt::ISODate),
                                 JapaneseDate::formatLongNoWeekday(info.lastDay), QString::number(eraYear)));
        }
        startYear = *year;
    } else {
        return fail(tr("\"%1\" is not a fiscal year. Use a form such as 2024, R6 or 令和6年度.").arg(input));
    }

    if (startYear < MinimumStartYear || startYear > MaximumStartYear)
        return fail(outOfRange(input, startYear));
    if (error)
        error->clear();
    return FiscalYear(startYear);
}

QList<FiscalYear> FiscalYear::choices(const FiscalYear& selected, const QDate& today,
                                      const QDate& oldestEvent, const QDate& newestEvent)
{
    FiscalYear oldest = std::min(selected, of(today));
    FiscalYear newest = std::max(selected, of(today).next());
    if (oldestEvent.isValid())
        oldest = std::min(oldest, of(oldestEvent));
    if (newestEvent.isValid())
        newest = std::max(newest, of(newestEvent));
    QList<FiscalYear> years;
    for (int y = newest.startYear(); y >= oldest.startYear(); --y)
        years << FiscalYear(y);
    return years;
}
