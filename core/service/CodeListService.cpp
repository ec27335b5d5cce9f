#include "service/CodeListService.h"

#include "domain/Codes.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/CodeListStore.h"

Result<QList<CodeItem>> CodeListService::list(const QString& name) const
{
    return CodeListStore(m_services.db()).list(name);
}

Result<CodeListCache> CodeListService::cache() const
{
    return CodeListCache::load(m_services.db());
}

Result<bool> CodeListService::isInUse(qint64 id) const
{
    return CodeListStore(m_services.db()).isInUse(id);
}

Result<qint64> CodeListService::add(CodeItem item)
{
    item.id = 0;
    const QString message = tr("The entry \"%1\" could not be added to the list.").arg(item.labelJa);
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    if (Status st = CodeListStore(m_services.db()).insert(item); !st)
        return st;
    work.note({Change::Entity::CodeItem, Change::Op::Inserted, {item.id}});
    if (Status st = work.commit(message); !st)
        return st;
    return item.id;
}

Status CodeListService::update(const CodeItem& item)
{
    const QString message = tr("The entry \"%1\" could not be saved.").arg(item.labelJa);
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    CodeListStore store(m_services.db());
    const auto before = store.get(item.id);
    if (before && Code::isReserved(before->list, before->code) && (!item.active || item.code != before->code))
        return Status::failure(tr("\"%1\" is used by the program itself: it can be relabelled, but not "
                                  "deactivated or given another code.")
                                   .arg(before->labelJa));
    if (Status st = store.update(item); !st)
        return st;
    work.note({Change::Entity::CodeItem, Change::Op::Updated, {item.id}});
    return work.commit(message);
}

Status CodeListService::remove(qint64 id)
{
    const QString message = tr("The entry could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    CodeListStore store(m_services.db());
    const auto item = store.get(id);
    if (item && Code::isReserved(item->list, item->code))
        return Status::failure(
            tr("\"%1\" is used by the program itself and cannot be deleted.").arg(item->labelJa));
    const Result<bool> used = store.isInUse(id);
    if (!used)
        return used.status();
    if (*used)
        return Status::failure(tr("This entry is still in use and cannot be deleted; deactivate it instead."));
    if (Status st = store.remove(id); !st)
        return st;
    work.note({Change::Entity::CodeItem, Change::Op::Removed, {id}});
    return work.commit(message);
}

Status CodeListService::restore(const CodeItem& item)
{
    Q_ASSERT(item.id > 0);
    const QString message = tr("The entry \"%1\" could not be put back.").arg(item.labelJa);
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    CodeItem copy = item;
    if (Status st = CodeListStore(m_services.db()).insert(copy); !st)
        return st;
    work.note({Change::Entity::CodeItem, Change::Op::Inserted, {item.id}});
    return work.commit(message);
}
