#pragma once

#include "model/Membership.h"

#include <QDate>

// The one rule for terms of office: a term covers every day from its first day through its
// last day, both included; a missing first or last day is open. A member whose term ends today
// still sits today, on the bodies page, on the roster, on the sign-in sheet and in the report.
namespace MembershipTerms {
inline bool covers(const QDate& from, const QDate& to, const QDate& day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}
inline bool covers(const Membership& m, const QDate& day)
{
    return covers(m.termFrom, m.termTo, day);
}
// Ended: the last day is before `day`.
inline bool isPast(const Membership& m, const QDate& day)
{
    return m.termTo.isValid() && m.termTo < day;
}
} // namespace MembershipTerms
