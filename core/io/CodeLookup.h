#pragma once

#include "Status.h"
#include "model/CodeItem.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// The code lists an import reads, each read once (on its first use) and kept in hashes: a cell
// is matched against a code, its Japanese or its English label, folded, as CodeListStore::find
// does, without a query per cell.
class CodeLookup
{
public:
    explicit CodeLookup(const Database& db) : m_db(db) {}

    // The entry whose code or label folds like `text` (the first in list order); 0 if none.
    qint64 find(const QString& list, const QString& text);
    // The id of a code (exactly as the program names it); 0 if there is none.
    qint64 idOf(const QString& list, const QString& code);
    const QList<CodeItem>& items(const QString& list);
    // The first failed read of a list, for the import's message (success when none failed).
    const Status& status() const { return m_status; }

private:
    struct List
    {
        QList<CodeItem> items;
        QHash<QString, qint64> byFoldedText; // code and both labels, folded
        QHash<QString, qint64> byCode;
        QHash<QString, qint64> byCell; // cells already matched, as written
    };
    List& list(const QString& name);

    const Database& m_db;
    QHash<QString, List> m_lists;
    Status m_status;
};
