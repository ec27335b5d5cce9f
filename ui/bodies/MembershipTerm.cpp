#include "bodies/MembershipTerm.h"

#include "date/DateParser.h"
#include "date/JapaneseDate.h"

bool MembershipTerm::isPast(const Membership& m, const QDate& today)
{
    return m.termTo.isValid() && m.termTo <= today;
}

QString MembershipTerm::format(const QDate& date)
{
    return date.isValid() ? JapaneseDate::formatLongNoWeekday(date) : QString();
}

std::optional<QDate> MembershipTerm::parse(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty())
        return QDate();
    return DateParser::parse(text, error);
}
