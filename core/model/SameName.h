#pragma once

#include <QString>

// The duplicate rule for people and organisations, kept here once: two records name the same
// person or organisation when their names fold to the same key (TextFolding::fold — width, kana,
// case, spaces and variant kanji do not matter: 白崎直樹, 白﨑 直樹 and ｼﾗｻｷ are one key), and a
// person looked up within an organisation must belong to it. PersonStore::findByName,
// OrganisationStore::findByName and the importers' in-memory lookups all follow it.
namespace SameName {
// The key under which names count as the same; empty for a name that is blank.
QString key(const QString& name);
// True when a person of `organisationId` is the one meant by a lookup within `wantedOrganisationId`
// (0: any organisation).
inline bool inOrganisation(qint64 organisationId, qint64 wantedOrganisationId)
{
    return wantedOrganisationId <= 0 || organisationId == wantedOrganisationId;
}
} // namespace SameName
