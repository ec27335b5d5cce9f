#pragma once

#include "model/Membership.h"

#include <QDate>
#include <optional>

// Terms of office as the bodies page shows and reads them. A term whose last day is today or
// earlier is past, so that a term ended today shows as ended at once. Dates are typed in any form
// DateParser knows and shown in wareki.
class MembershipTerm
{
public:
    static bool isPast(const Membership& m, const QDate& today);
    static bool isCurrent(const Membership& m, const QDate& today) { return !isPast(m, today); }
    // 令和6年4月1日, or "" for no date.
    static QString format(const QDate& date);
    // An empty text is "no date" (an invalid QDate); nullopt when the text is not a date, with
    // the reason in `error`.
    static std::optional<QDate> parse(const QString& text, QString* error);
};
