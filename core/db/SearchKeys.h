#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <QString>

// The folded text stored beside people, organisations and events so that search-as-you-type
// compares against ready keys (TextFolding::fold of the searchable fields).
namespace SearchKeys {
QString forPerson(const QString& name, const QString& reading);
QString forOrganisation(const QString& name, const QString& reading);
QString forEvent(const QString& title, const QString& theme, const QString& venue);
// Recomputes every key (after a migration, or when the folding rules change).
Status rebuildAll(QSqlDatabase& db);
} // namespace SearchKeys
