#include "service/Council.h"

#include "db/ConnectionSpec.h"
#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "service/Services.h"

Council::Council() : m_db(std::make_unique<Database>()), m_services(std::make_unique<Services>(*m_db)) {}

Council::~Council() = default;

Status Council::open(const QString& path)
{
    close();
    return m_db->open(path);
}

Status Council::openReadOnly(const QString& path)
{
    close();
    return m_db->open(path, Database::Access::ReadOnly);
}

Status Council::create(const QString& path)
{
    close();
    return m_db->create(path);
}

Status Council::createCouncil(const QString& path, const FirstRun::Council& council)
{
    close();
    return FirstRun::createCouncil(*m_db, path, council);
}

Status Council::openSample(const QString& path)
{
    close();
    return FirstRun::openOrCreateSample(*m_db, path, QStringLiteral("kaga"));
}

Status Council::open(const ConnectionSpec& where)
{
    close();
    return where.open(*m_db, Database::Access::ReadWrite);
}

Status Council::openReadOnly(const ConnectionSpec& where)
{
    close();
    return where.open(*m_db, Database::Access::ReadOnly);
}

Status Council::create(const ConnectionSpec& where, const QString& sample)
{
    close();
    if (sample.isEmpty())
        return where.create(*m_db);
    return where.create(*m_db, [&sample](Database& created) { return SampleLoader::load(created, sample); });
}

void Council::close()
{
    m_services->stopWatching();
    if (m_db->isOpen())
        m_db->close();
}

bool Council::isOpen() const
{
    return m_db->isOpen();
}

bool Council::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString Council::path() const
{
    return m_db->path();
}

Status Council::saveCopy(const QString& path) const
{
    return m_db->backupTo(path);
}

Status Council::verifySchema() const
{
    return m_db->verifySchema();
}

Status Council::check(QStringList* problems) const
{
    return m_db->check(problems);
}

int Council::schemaVersion() const
{
    return m_db->schemaVersion();
}
