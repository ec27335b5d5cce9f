#pragma once

#include "model/Person.h"

#include <QString>

// The one rule for "is this the same person?": two records are taken for one person when their
// names fold alike (TextFolding: width, kana, case, spaces, variant kanji — 白﨑 = 白崎 = ｼﾗｻｷ) and they
// belong to the same organisation (or both to none). The People page asks before keeping such a
// second record; the importers match rows to people by the same key.
namespace PersonIdentity {
// The key two records of one person share: the folded name within the organisation.
QString key(const QString& name, qint64 organisationId);
// True when `other` is another record taken for the same person as `person`.
bool isDuplicate(const Person& person, const Person& other);
} // namespace PersonIdentity
