#include "store/CodeListCache.h"

#include "store/CodeListStore.h"
#include "text/TextFolding.h"

Result<CodeListCache> CodeListCache::load(const Database& db)
{
    const Result<QList<CodeItem>> items = CodeListStore(db).all();
    if (!items)
        return items.status();
    return CodeListCache(*items);
}

CodeListCache::CodeListCache(const QList<CodeItem>& items) : m_items(items)
{
    m_byId.reserve(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CodeItem& c = m_items.at(i);
        m_byId.insert(c.id, i);
        m_byCode[c.list].insert(c.code, c.id);
        QHash<QString, qint64>& folded = m_byFolded[c.list];
        // The first entry in list order wins a text two entries share, as a scan would find it.
        for (const QString& text : {c.code, c.labelJa, c.labelEn}) {
            const QString key = TextFolding::fold(text);
            if (!key.isEmpty() && !folded.contains(key))
                folded.insert(key, c.id);
        }
    }
}

const CodeItem* CodeListCache::item(qint64 id) const
{
    const qsizetype i = m_byId.value(id, -1);
    return i < 0 ? nullptr : &m_items.at(i);
}

QString CodeListCache::code(qint64 id) const
{
    const CodeItem* c = item(id);
    return c ? c->code : QString();
}

QString CodeListCache::label(qint64 id) const
{
    const CodeItem* c = item(id);
    return c ? c->label() : QString();
}

QString CodeListCache::labelJa(qint64 id) const
{
    const CodeItem* c = item(id);
    return c ? c->labelJa : QString();
}

qint64 CodeListCache::idOf(const QString& list, const QString& code) const
{
    return m_byCode.value(list).value(code, 0);
}

qint64 CodeListCache::find(const QString& list, const QString& text) const
{
    const QString key = TextFolding::fold(text);
    return key.isEmpty() ? 0 : m_byFolded.value(list).value(key, 0);
}

QList<CodeItem> CodeListCache::list(const QString& list) const
{
    QList<CodeItem> result;
    for (const CodeItem& c : m_items)
        if (c.list == list)
            result << c;
    return result;
}
