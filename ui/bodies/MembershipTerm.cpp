#include "bodies/MembershipTerm.h"

#include "date/DateParser.h"
#include "date/JapaneseDate.h"

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
