#include "events/PickLists.h"

#include "service/BodyService.h"
#include "service/CodeListService.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace PickLists {

namespace {
// Replaces the entries with `entries` (after a `none` entry, if any), keeping the choice.
void fill(QComboBox* combo, const QString& none, const QList<std::pair<QString, qint64>>& entries)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, qint64(0));
    for (const auto& [label, id] : entries)
        combo->addItem(label, id);
    if (current.isValid())
        select(combo, current.toLongLong());
}
} // namespace

Status fillCodes(QComboBox* combo, Services& services, const QString& list, const QString& none,
                 QList<CodeItem>* read)
{
    const Result<QList<CodeItem>> items = CodeListService(services).list(list);
    if (!items)
        return items.status();
    if (read)
        *read = *items;
    QList<std::pair<QString, qint64>> entries;
    for (const CodeItem& c : *items)
        if (c.active)
            entries.append({c.label(), c.id});
    fill(combo, none, entries);
    return Status::success();
}

Status fillBodies(QComboBox* combo, Services& services, const QString& none)
{
    const Result<QList<Body>> bodies = BodyService(services).bodies();
    if (!bodies)
        return bodies.status();
    QList<std::pair<QString, qint64>> entries;
    for (const Body& b : *bodies)
        if (b.active)
            entries.append({b.name, b.id});
    fill(combo, none, entries);
    return Status::success();
}

void select(QComboBox* combo, qint64 id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

QString personWithAffiliation(const Person& person, const QString& organisation)
{
    QStringList parts;
    for (const QString& s : {organisation, person.department, person.title})
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    if (parts.isEmpty())
        return person.name;
    return QStringLiteral("%1（%2）").arg(person.name, parts.join(u' '));
}

} // namespace PickLists
