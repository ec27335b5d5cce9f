#pragma once

#include "model/Membership.h"

#include <QDate>
#include <optional>

// Terms of office as the bodies page shows and reads them: dates typed in any form DateParser
// knows and shown in wareki. Whether a term is current is MembershipTerms' rule (core/domain).
class MembershipTerm
{
public:
    // 令和6年4月1日, or "" for no date.
    static QString format(const QDate& date);
    // An empty text is "no date" (an invalid QDate); nullopt when the text is not a date, with
    // the reason in `error`.
    static std::optional<QDate> parse(const QString& text, QString* error);
};
