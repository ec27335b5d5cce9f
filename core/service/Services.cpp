#include "service/Services.h"

#include "db/Database.h"

Services::Services(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    connect(&m_poll, &QTimer::timeout, this, &Services::checkOtherWriters);
}

Services::~Services() = default;

void Services::watchOtherWriters(int intervalMs)
{
    const Result<qint64> version = m_db.dataVersion();
    m_dataVersion = version ? *version : -1;
    m_poll.start(intervalMs);
}

void Services::stopWatching()
{
    m_poll.stop();
}

void Services::checkOtherWriters()
{
    if (!m_db.isOpen())
        return;
    const Result<qint64> version = m_db.dataVersion();
    // A failed read is no news; the next edit or read reports the failure itself.
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    emit m_hub.reloadNeeded();
}

void Services::ownWritesSeen()
{
    const Result<qint64> version = m_db.dataVersion();
    if (version)
        m_dataVersion = *version;
}
