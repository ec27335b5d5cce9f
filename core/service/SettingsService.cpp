#include "service/SettingsService.h"

#include "service/Services.h"
#include "service/Work.h"
#include "store/SettingsStore.h"

Result<QString> SettingsService::value(const QString& key) const
{
    return SettingsStore(m_services.db()).value(key);
}

Result<QHash<QString, QString>> SettingsService::all() const
{
    return SettingsStore(m_services.db()).all();
}

Status SettingsService::set(const QString& key, const QString& value)
{
    const QString message = tr("The setting could not be saved.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = SettingsStore(m_services.db()).setValue(key, value); !st)
        return st;
    work.note({Change::Entity::Settings, Change::Op::Updated, {}});
    return work.commit(message);
}
