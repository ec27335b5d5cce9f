#pragma once

#include "Status.h"
#include "model/CodeItem.h"
#include "model/Person.h"

#include <QString>

class QComboBox;
class Services;

// Fills the pick lists of the event editor from the services (code lists, bodies) and describes
// people as reports do: name with affiliation and title. A list that cannot be read is left as
// it was and the failure returned, for the caller to show (never an empty list without a word).
namespace PickLists {
// Active entries of code list `list`; with a `none` label, a first entry for "no value" (id 0).
// `read`, if given, receives the whole list as read.
Status fillCodes(QComboBox* combo, Services& services, const QString& list, const QString& none = QString(),
                 QList<CodeItem>* read = nullptr);
// Active bodies, after a "(none)" entry.
Status fillBodies(QComboBox* combo, Services& services, const QString& none);
// Selects the entry whose data is `id` (the first entry when there is none).
void select(QComboBox* combo, qint64 id);
// 白﨑直樹（加賀市医療センター 地域連携センター センター長）, `organisation` being the person's
// organisation's name (read with the person, not one query per person).
QString personWithAffiliation(const Person& person, const QString& organisation);
} // namespace PickLists
