#include "db/FirstRun.h"

#include "db/Database.h"
#include "sample/SampleLoader.h"

#include <QFile>

Status FirstRun::openOrCreateDefault(Database& db, const QString& path, bool* created)
{
    if (created)
        *created = false;
    if (QFile::exists(path))
        return db.open(path);
    Status st = db.create(path);
    if (st)
        st = SampleLoader::load(db, QStringLiteral("kaga"));
    if (!st) {
        db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return st;
    }
    if (created)
        *created = true;
    return st;
}
