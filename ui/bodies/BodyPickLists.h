#pragma once

#include "Status.h"

#include <QString>

class QComboBox;
class Services;

// Fills the combo boxes of the bodies page through the services. Inactive entries are left out,
// except the one a record already refers to (`keepId`), so that editing an old record never
// loses its value. A failed read leaves the combo with only `none` and is returned, for the
// caller to show: a list that could not be read is not an empty list.
namespace BodyPickLists {
Status fillCodes(QComboBox* combo, Services& services, const QString& list, qint64 keepId,
                 const QString& none = {});
Status fillOrganisations(QComboBox* combo, Services& services, qint64 keepId, const QString& none = {});
Status fillBodies(QComboBox* combo, Services& services, qint64 keepId, const QString& none);
// Selects the entry whose data is `id` (the first entry when there is none).
void select(QComboBox* combo, qint64 id);
} // namespace BodyPickLists
