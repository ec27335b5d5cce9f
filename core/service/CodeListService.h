#pragma once

#include "Result.h"
#include "Status.h"
#include "model/CodeItem.h"
#include "store/CodeListCache.h"

#include <QCoreApplication>

#include <optional>

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
    // One entry; none when there is no such entry, a failure when the read failed.
    Result<std::optional<CodeItem>> get(qint64 id) const;
    // A code not yet used in `name`: `prefix` and the first free number from `from` (entries
    // added by users get a neutral identifier; the labels are what people read). One query.
    Result<QString> unusedCode(const QString& name, const QString& prefix, int from) const;
    // Every list, read once, for a batch of lookups.
    Result<CodeListCache> cache() const;
    Result<bool> isInUse(qint64 id) const;

    Result<qint64> add(CodeItem item);
    // Refused when it would deactivate or recode a reserved entry.
    Status update(const CodeItem& item);
    // Several entries in one transaction (a list renumbered when an entry moves): all or none.
    Status update(const QList<CodeItem>& items);
    // Refused for a reserved entry and for one still in use.
    Status remove(qint64 id);
    // Puts a removed entry back under its own id (undo).
    Status restore(const CodeItem& item);

private:
    Status put(const CodeItem& item);

    Services& m_services;
};
