#pragma once

#include "Result.h"
#include "model/CodeItem.h"

#include <QHash>
#include <QList>

class Database;

// Every code list read once and looked up by id, by code or by folded text (a code, its Japanese
// or its English label), so that a batch — an import's rows, a report's events — never reads or
// folds a list again per lookup. Callers hold one for the batch; it does not see later edits.
class CodeListCache
{
public:
    // Reads every list in one query.
    static Result<CodeListCache> load(const Database& db);
    CodeListCache() = default;
    explicit CodeListCache(const QList<CodeItem>& items);

    const CodeItem* item(qint64 id) const;
    // The code of entry `id`, "" for none.
    QString code(qint64 id) const;
    QString label(qint64 id) const;
    QString labelJa(qint64 id) const;
    // The id of `code` in `list`; 0 when there is none.
    qint64 idOf(const QString& list, const QString& code) const;
    // Matches a code, its Japanese or its English label (folded); 0 if none matches.
    qint64 find(const QString& list, const QString& text) const;
    // One list in its order.
    QList<CodeItem> list(const QString& list) const;

private:
    QList<CodeItem> m_items;
    QHash<qint64, qsizetype> m_byId;
    QHash<QString, QHash<QString, qint64>> m_byCode;   // list → code → id
    QHash<QString, QHash<QString, qint64>> m_byFolded; // list → folded code or label → id
};
