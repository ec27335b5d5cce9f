#pragma once

#include <QString>

class Database;
class QComboBox;

// Fills the combo boxes of the bodies page. Inactive entries are left out, except the one a
// record already refers to (`keepId`), so that editing an old record never loses its value.
namespace BodyPickLists {
void fillCodes(QComboBox* combo, const Database& db, const QString& list, qint64 keepId,
               const QString& none = {});
void fillOrganisations(QComboBox* combo, const Database& db, qint64 keepId, const QString& none = {});
void fillBodies(QComboBox* combo, const Database& db, qint64 keepId, const QString& none);
// Selects the entry whose data is `id` (the first entry when there is none).
void select(QComboBox* combo, qint64 id);
} // namespace BodyPickLists
