#include "service/Council.h"

#include "db/Database.h"
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
