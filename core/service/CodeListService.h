#pragma once

#include "Result.h"
#include "Status.h"
#include "model/CodeItem.h"
#include "store/CodeListCache.h"

#include <QCoreApplication>

class Services;

// The editable code lists (professions, kinds, roles, statuses …): read by every page's pick
// lists, edited on the settings page. A reserved code (core/domain/Codes.h) may be relabelled
// but never deleted, deactivated or recoded: the program looks it up.
class CodeListService
{
    Q_DECLARE_TR_FUNCTIONS(CodeListService)

public:
    explicit CodeListService(Services& services) : m_services(services) {}

    Result<QList<CodeItem>> list(const QString& name) const;
    // Every list, read once, for a batch of lookups.
    Result<CodeListCache> cache() const;
    Result<bool> isInUse(qint64 id) const;

    Result<qint64> add(CodeItem item);
    // Refused when it would deactivate or recode a reserved entry.
    Status update(const CodeItem& item);
    // Refused for a reserved entry and for one still in use.
    Status remove(qint64 id);
    // Puts a removed entry back under its own id (undo).
    Status restore(const CodeItem& item);

private:
    Services& m_services;
};
