#include "io/CodeLookup.h"

#include "store/CodeListStore.h"
#include "text/TextFolding.h"

CodeLookup::List& CodeLookup::list(const QString& name)
{
    const auto found = m_lists.find(name);
    if (found != m_lists.end())
        return *found;
    List& list = m_lists[name];
    const Result<QList<CodeItem>> items = CodeListStore(m_db).list(name);
    if (!items && m_status)
        m_status = items.status();
    list.items = items.valueOr({}); // the failure is kept in m_status and ends the import
    // The first entry in list order wins.
    for (const CodeItem& c : list.items) {
        for (const QString& text : {c.code, c.labelJa, c.labelEn}) {
            const QString key = TextFolding::fold(text);
            if (!key.isEmpty() && !list.byFoldedText.contains(key))
                list.byFoldedText.insert(key, c.id);
        }
        list.byCode.insert(c.code, c.id);
    }
    return list;
}

qint64 CodeLookup::find(const QString& listName, const QString& text)
{
    List& l = list(listName);
    const auto cell = l.byCell.constFind(text);
    if (cell != l.byCell.cend())
        return *cell;
    const QString key = TextFolding::fold(text);
    const qint64 id = key.isEmpty() ? 0 : l.byFoldedText.value(key);
    l.byCell.insert(text, id);
    return id;
}

qint64 CodeLookup::idOf(const QString& listName, const QString& code)
{
    return list(listName).byCode.value(code);
}

const QList<CodeItem>& CodeLookup::items(const QString& listName)
{
    return list(listName).items;
}
