#include "bodies/BodyPickLists.h"

#include "service/BodyService.h"
#include "service/CodeListService.h"
#include "service/OrganisationService.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace {
// Clears the combo, adds `none`, then the records `read` gave (active ones and `keepId`).
template <class Record, class Label>
Status fill(QComboBox* combo, const Result<QList<Record>>& records, qint64 keepId, const QString& none,
            Label label)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
    if (!records)
        return records.status();
    for (const Record& r : *records)
        if (r.active || r.id == keepId)
            combo->addItem(label(r), r.id);
    return Status::success();
}
} // namespace

namespace BodyPickLists {

Status fillCodes(QComboBox* combo, Services& services, const QString& list, qint64 keepId,
                 const QString& none)
{
    return fill(combo, CodeListService(services).list(list), keepId, none,
                [](const CodeItem& c) { return c.label(); });
}

Status fillOrganisations(QComboBox* combo, Services& services, qint64 keepId, const QString& none)
{
    return fill(combo, OrganisationService(services).all(), keepId, none,
                [](const Organisation& o) { return o.name; });
}

Status fillBodies(QComboBox* combo, Services& services, qint64 keepId, const QString& none)
{
    return fill(combo, BodyService(services).bodies(), keepId, none, [](const Body& b) { return b.name; });
}

void select(QComboBox* combo, qint64 id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

} // namespace BodyPickLists
