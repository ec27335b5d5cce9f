#include "service/FirstRun.h"

#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "store/SettingsStore.h"

#include <QFile>

namespace {
// Removes a database file that could not be completed, so that no half-made file stays.
void discard(Database& db, const QString& path)
{
    db.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

Status FirstRun::createCouncil(Database& db, const QString& path, const Council& council)
{
    if (council.name.trimmed().isEmpty())
        return Status::failure(tr("Enter the council's name."));
    Status st = db.create(path);
    if (!st)
        return st;
    SettingsStore settings(db);
    const QList<QPair<QString, QString>> values{
        {SettingsStore::CouncilName, council.name},
        {SettingsStore::Municipality, council.municipality},
        {SettingsStore::Secretariat, council.secretariat},
        {SettingsStore::ReportRecipient, council.reportRecipient},
    };
    for (const auto& [key, value] : values) {
        if (st && !value.trimmed().isEmpty())
            st = settings.setValue(key, value.trimmed());
    }
    if (!st)
        discard(db, path);
    return st;
}

Status FirstRun::openOrCreateSample(Database& db, const QString& path, const QString& sampleName)
{
    if (QFile::exists(path))
        return db.open(path);
    Status st = db.create(path);
    if (st)
        st = SampleLoader::load(db, sampleName);
    if (!st)
        discard(db, path);
    return st;
}

FirstRun::Council FirstRun::suggestionFor(const QString& municipality)
{
    const QString m = municipality.trimmed();
    if (m.isEmpty())
        return {};
    return {m + QStringLiteral("在宅医療連携推進協議会"), m, m, m + QStringLiteral("地域医療審議会")};
}
