#include "events/PickLists.h"

#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace PickLists {

void fillCodes(QComboBox* combo, const Database& db, const QString& list, const QString& none)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, qint64(0));
    for (const CodeItem& c : CodeListStore(db).items(list))
        if (c.active)
            combo->addItem(c.label(), c.id);
    if (current.isValid())
        select(combo, current.toLongLong());
}

void fillOrganisations(QComboBox* combo, const Database& db, const QString& none)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(none, qint64(0));
    for (const Organisation& o : OrganisationStore(db).all())
        if (o.active)
            combo->addItem(o.name, o.id);
    if (current.isValid())
        select(combo, current.toLongLong());
}

void fillBodies(QComboBox* combo, const Database& db, const QString& none)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(none, qint64(0));
    for (const Body& b : BodyStore(db).all().valueOr({}))
        if (b.active)
            combo->addItem(b.name, b.id);
    if (current.isValid())
        select(combo, current.toLongLong());
}

void select(QComboBox* combo, qint64 id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

QString personWithAffiliation(const Database& db, const Person& person)
{
    QStringList parts;
    if (person.organisationId)
        if (const auto org = OrganisationStore(db).get(person.organisationId).valueOr(std::nullopt))
            parts << org->name;
    for (const QString& s : {person.department, person.title})
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    if (parts.isEmpty())
        return person.name;
    return QStringLiteral("%1（%2）").arg(person.name, parts.join(u' '));
}

} // namespace PickLists
