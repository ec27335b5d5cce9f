#include "counts/CountTable.h"

namespace {
const QList<std::pair<CountTable::Breakdown, QString>>& names()
{
    static const QList<std::pair<CountTable::Breakdown, QString>> list{
        {CountTable::Breakdown::Event, QStringLiteral("event")},
        {CountTable::Breakdown::Profession, QStringLiteral("profession")},
        {CountTable::Breakdown::ProfessionGroup, QStringLiteral("profession-group")},
        {CountTable::Breakdown::Organisation, QStringLiteral("organisation")},
    };
    return list;
}
} // namespace

QString CountTable::breakdownName(Breakdown by)
{
    for (const auto& [value, name] : names())
        if (value == by)
            return name;
    return QString();
}

std::optional<CountTable::Breakdown> CountTable::breakdownFromName(const QString& name)
{
    for (const auto& [value, n] : names())
        if (n == name)
            return value;
    return std::nullopt;
}
