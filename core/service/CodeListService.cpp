#include "service/CodeListService.h"

#include "domain/Codes.h"
#include "service/Services.h"
#include "service/Work.h"
#include "store/CodeListStore.h"

#include <QSet>

Result<QList<CodeItem>> CodeListService::list(const QString& name) const
{
    return CodeListStore(m_services.db()).list(name);
}

Result<std::optional<CodeItem>> CodeListService::get(qint64 id) const
{
    return CodeListStore(m_services.db()).get(id);
}

Result<QString> CodeListService::unusedCode(const QString& name, const QString& prefix, int from) const
{
    const Result<QList<CodeItem>> items = list(name);
    if (!items)
        return items.status();
    QSet<QString> used;
    for (const CodeItem& c : *items)
        used.insert(c.code);
    for (int n = from;; ++n)
        if (const QString code = prefix + QString::number(n); !used.contains(code))
            return code;
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
    if (Status st = put(item); !st)
        return st;
    work.note({Change::Entity::CodeItem, Change::Op::Updated, {item.id}});
    return work.commit(message);
}

Status CodeListService::update(const QList<CodeItem>& items)
{
    const QString message = tr("The list could not be saved.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    QList<qint64> ids;
    for (const CodeItem& item : items) {
        if (Status st = put(item); !st)
            return st;
        ids << item.id;
    }
    work.note({Change::Entity::CodeItem, Change::Op::Updated, ids});
    return work.commit(message);
}

// One entry written inside the caller's Work; refused when it would deactivate or recode a
// reserved entry.
Status CodeListService::put(const CodeItem& item)
{
    CodeListStore store(m_services.db());
    const Result<std::optional<CodeItem>> before = store.get(item.id);
    if (!before)
        return before.status();
    const auto& b = *before;
    if (b && Code::isReserved(b->list, b->code) && (!item.active || item.code != b->code))
        return Status::failure(tr("\"%1\" is used by the program itself: it can be relabelled, but not "
                                  "deactivated or given another code.")
                                   .arg(b->labelJa));
    return store.update(item);
}

Status CodeListService::remove(qint64 id)
{
    const QString message = tr("The entry could not be deleted.");
    Work work(m_services);
    if (Status st = work.begun(message); !st)
        return st;
    CodeListStore store(m_services.db());
    const Result<std::optional<CodeItem>> item = store.get(id);
    if (!item)
        return item.status();
    if (*item && Code::isReserved((*item)->list, (*item)->code))
        return Status::failure(
            tr("\"%1\" is used by the program itself and cannot be deleted.").arg((*item)->labelJa));
    const Result<bool> used = store.isInUse(id);
    if (!used)
        return used.status();
    if (*used)
        return Status::failure(
            tr("This entry is still in use and cannot be deleted; deactivate it instead."));
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
