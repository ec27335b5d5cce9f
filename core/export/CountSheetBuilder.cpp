#include "export/CountSheetBuilder.h"

#include "counts/ParticipantCounts.h"
#include "date/JapaneseDate.h"

namespace {
const QList<std::pair<CountSheetBuilder::Kind, QString>>& names()
{
    static const QList<std::pair<CountSheetBuilder::Kind, QString>> list{
        {CountSheetBuilder::Kind::EventProfession, QStringLiteral("event-profession")},
        {CountSheetBuilder::Kind::Profession, QStringLiteral("profession")},
        {CountSheetBuilder::Kind::ProfessionGroup, QStringLiteral("profession-group")},
        {CountSheetBuilder::Kind::Organisation, QStringLiteral("organisation")},
        {CountSheetBuilder::Kind::Event, QStringLiteral("event")},
    };
    return list;
}

QVariant countCell(const std::optional<int>& count)
{
    return count ? QVariant(*count) : QVariant();
}
} // namespace

QList<CountSheetBuilder::Kind> CountSheetBuilder::kinds()
{
    QList<Kind> list;
    for (const auto& [kind, name] : names())
        list << kind;
    return list;
}

QString CountSheetBuilder::kindName(Kind kind)
{
    for (const auto& [value, name] : names())
        if (value == kind)
            return name;
    return QString();
}

std::optional<CountSheetBuilder::Kind> CountSheetBuilder::kindFromName(const QString& name)
{
    for (const auto& [value, n] : names())
        if (n == name)
            return value;
    return std::nullopt;
}

CountSheetBuilder::CountSheetBuilder(const Database& db) : m_db(db) {}

std::optional<CountSheet> CountSheetBuilder::build(const FiscalYear& year, Kind kind, Status* status) const
{
    const ParticipantCounts counts(m_db);
    if (kind == Kind::EventProfession) {
        const auto matrix = counts.computeMatrix(year, status);
        return matrix ? std::optional(matrixSheet(*matrix)) : std::nullopt;
    }
    const CountTable::Breakdown by = *CountTable::breakdownFromName(kindName(kind));
    const auto table = counts.compute(year, by, status);
    return table ? std::optional(tableSheet(*table)) : std::nullopt;
}

CountSheet CountSheetBuilder::matrixSheet(const CountMatrix& matrix) const
{
    CountSheet sheet;
    sheet.name = tr("By event × profession");
    sheet.title = tr("Participants by event and profession");
    sheet.frozenColumns = 2;
    sheet.header << tr("Date") << tr("Event");
    for (const CountTable::Row& profession : matrix.professions.rows)
        sheet.header << profession.label;
    sheet.header << tr("Total");

    for (qsizetype e = 0; e < matrix.events.rows.size(); ++e) {
        const CountTable::Row& event = matrix.events.rows.at(e);
        QVariantList row{JapaneseDate::formatShort(event.date), event.label};
        for (qsizetype p = 0; p < matrix.professions.rows.size(); ++p)
            row << (event.count ? QVariant(matrix.cell(e, p)) : QVariant());
        row << countCell(event.count);
        sheet.rows << row;
    }
    QVariantList totals{QVariant(), tr("Total")};
    for (const CountTable::Row& profession : matrix.professions.rows)
        totals << countCell(profession.count);
    totals << matrix.events.total;
    sheet.rows << totals;
    sheet.totalRows = 1;
    return sheet;
}

CountSheet CountSheetBuilder::tableSheet(const CountTable& table) const
{
    CountSheet sheet;
    const bool events = table.by == CountTable::Breakdown::Event;
    switch (table.by) {
    case CountTable::Breakdown::Event:
        sheet.name = tr("Events");
        sheet.title = tr("Events and their participants");
        sheet.header << tr("Date") << tr("Date (ISO)") << tr("Event") << tr("Kind") << tr("Organiser");
        break;
    case CountTable::Breakdown::Profession:
        sheet.name = tr("By profession");
        sheet.title = tr("Participants by profession");
        sheet.header << tr("Profession");
        break;
    case CountTable::Breakdown::ProfessionGroup:
        sheet.name = tr("By profession group");
        sheet.title = tr("Participants by profession group");
        sheet.header << tr("Profession group");
        break;
    case CountTable::Breakdown::Organisation:
        sheet.name = tr("By organisation");
        sheet.title = tr("Participants by organisation");
        sheet.header << tr("Organisation");
        break;
    }
    sheet.header << tr("Participants");

    for (const CountTable::Row& r : table.rows) {
        const QVariantList row = events ? QVariantList{JapaneseDate::formatLongNoWeekday(r.date),
                                                       r.date,
                                                       r.label,
                                                       r.kind,
                                                       r.body,
                                                       countCell(r.count)}
                                        : QVariantList{r.label, countCell(r.count)};
        sheet.rows << row;
    }
    // The totals' label goes in the event title column, the number under the counts.
    const QVariantList before = events ? QVariantList{QVariant(), QVariant()} : QVariantList();
    const QVariantList after = events ? QVariantList{QVariant(), QVariant()} : QVariantList();
    sheet.rows << before + QVariantList{tr("Total (all participations)")} + after + QVariantList{table.total};
    sheet.rows << before + QVariantList{tr("Distinct named participants")} + after +
                      QVariantList{table.distinctPersons};
    sheet.totalRows = 2;
    return sheet;
}
