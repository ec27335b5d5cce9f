#pragma once

#include "model/Person.h"

#include <QString>

// The duplicate rule for people and organisations, kept here once: two records name the same
// person or organisation when their names fold to the same key (TextFolding::fold — width, kana,
// case, spaces and variant kanji do not matter: 白崎直樹, 白﨑 直樹 and ｼﾗｻｷ are one key), and a
// person looked up within an organisation must belong to it. PersonStore::findByName,
// OrganisationStore::findByName, the importers' in-memory lookups and PeopleService's
// possibleDuplicate all follow it.
namespace SameName {
// The key under which names count as the same; empty for a name that is blank.
QString key(const QString& name);
// True when a person of `organisationId` is the one meant by a lookup within `wantedOrganisationId`
// (0: any organisation).
inline bool inOrganisation(qint64 organisationId, qint64 wantedOrganisationId)
{
    return wantedOrganisationId <= 0 || organisationId == wantedOrganisationId;
}
// True when `a` and `b` are taken for one person: their names have one key and they belong to the
// same organisation (or both to none).
bool samePerson(const Person& a, const Person& b);
// True when `other` is another record (not `person` itself) taken for the same person as a named
// `person`. The People page asks before keeping such a second record.
bool isDuplicate(const Person& person, const Person& other);
} // namespace SameName
