#include "bodies/BodyPickLists.h"

#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace {
void start(QComboBox* combo, const QString& none)
{
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
}
} // namespace

namespace BodyPickLists {

void fillCodes(QComboBox* combo, const Database& db, const QString& list, qint64 keepId, const QString& none)
{
    const QSignalBlocker blocker(combo);
    start(combo, none);
    for (const CodeItem& c : CodeListStore(db).items(list))
        if (c.active || c.id == keepId)
            combo->addItem(c.label(), c.id);
}

void fillOrganisations(QComboBox* combo, const Database& db, qint64 keepId, const QString& none)
{
    const QSignalBlocker blocker(combo);
    start(combo, none);
    for (const Organisation& o : OrganisationStore(db).all())
        if (o.active || o.id == keepId)
            combo->addItem(o.name, o.id);
}

void fillBodies(QComboBox* combo, const Database& db, qint64 keepId, const QString& none)
{
    const QSignalBlocker blocker(combo);
    start(combo, none);
    for (const Body& b : BodyStore(db).all().valueOr({}))
        if (b.active || b.id == keepId)
            combo->addItem(b.name, b.id);
}

void select(QComboBox* combo, qint64 id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

} // namespace BodyPickLists
