#include "service/OrganisationService.h"

#include "service/Services.h"
#include "service/Work.h"
#include "store/OrganisationStore.h"

OrganisationService::OrganisationService(Services& services) : m_services(services) {}

Result<std::optional<Organisation>> OrganisationService::get(qint64 id) const
{
    return OrganisationStore(m_services.db()).get(id);
}

Result<QList<Organisation>> OrganisationService::all() const
{
    return OrganisationStore(m_services.db()).all();
}

Result<QList<OrganisationListing>> OrganisationService::list() const
{
    return OrganisationStore(m_services.db()).listings();
}

Result<QList<OrganisationListing>> OrganisationService::rows(const QList<qint64>& ids) const
{
    return OrganisationStore(m_services.db()).listings(ids);
}

Result<QList<Organisation>> OrganisationService::search(const QString& text, int limit) const
{
    return OrganisationStore(m_services.db()).search(text, limit);
}

Result<QList<Organisation>> OrganisationService::findByName(const QString& name) const
{
    return OrganisationStore(m_services.db()).findByName(name);
}

Result<References> OrganisationService::references(qint64 id) const
{
    return OrganisationStore(m_services.db()).references(id);
}

Status OrganisationService::insert(Organisation org, const QString& message, qint64* id)
{
    if (org.name.trimmed().isEmpty())
        return Status::failure(tr("An organisation needs a name."));
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = OrganisationStore(m_services.db()).insert(org); !st)
        return st;
    work.note({Change::Entity::Organisation, Change::Op::Inserted, {org.id}});
    if (Status st = work.commit(message); !st)
        return st;
    if (id)
        *id = org.id;
    return Status::success();
}

Result<qint64> OrganisationService::add(const Organisation& org)
{
    Organisation fresh = org;
    fresh.id = 0;
    qint64 id = 0;
    if (Status st = insert(fresh, tr("The organisation \"%1\" could not be added.").arg(org.name), &id); !st)
        return st;
    return id;
}

Status OrganisationService::restore(const Organisation& org)
{
    const QString message = tr("The organisation \"%1\" could not be restored.").arg(org.name);
    if (org.id <= 0)
        return Status::failure(message, tr("The record has no id."));
    return insert(org, message, nullptr);
}

Status OrganisationService::update(const Organisation& org)
{
    const QString message = tr("The organisation \"%1\" could not be saved.").arg(org.name);
    if (org.name.trimmed().isEmpty())
        return Status::failure(tr("An organisation needs a name."));
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = OrganisationStore(m_services.db()).update(org); !st)
        return st;
    work.note({Change::Entity::Organisation, Change::Op::Updated, {org.id}});
    return work.commit(message);
}

Status OrganisationService::remove(qint64 id)
{
    const QString message = tr("The organisation could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = OrganisationStore(m_services.db()).remove(id); !st)
        return st;
    work.note({Change::Entity::Organisation, Change::Op::Removed, {id}});
    return work.commit(message);
}
