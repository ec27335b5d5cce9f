#pragma once

#include "model/Person.h"

#include <QString>

class Database;
class QComboBox;

// Fills the pick lists of the event editor from the core (code lists, organisations, bodies)
// and describes people as reports do: name with affiliation and title.
namespace PickLists {
// Active entries of code list `list`; with a `none` label, a first entry for "no value" (id 0).
void fillCodes(QComboBox* combo, const Database& db, const QString& list, const QString& none = QString());
// Active organisations in 五十音順, after a "(none)" entry.
void fillOrganisations(QComboBox* combo, const Database& db, const QString& none);
// Active bodies, after a "(none)" entry.
void fillBodies(QComboBox* combo, const Database& db, const QString& none);
// Selects the entry whose data is `id` (the first entry when there is none).
void select(QComboBox* combo, qint64 id);
// 白﨑直樹（加賀市医療センター 地域連携センター センター長）
QString personWithAffiliation(const Database& db, const Person& person);
} // namespace PickLists
