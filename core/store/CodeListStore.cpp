#include "store/CodeListStore.h"

#include "domain/Codes.h"
#include "db/Database.h"
#include "db/RecordMap.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QHash>
#include <QSqlQuery>

const QString CodeListStore::Profession = CodeList::Profession;
const QString CodeListStore::ProfessionGroup = CodeList::ProfessionGroup;
const QString CodeListStore::OrganisationCategory = CodeList::OrganisationCategory;
const QString CodeListStore::BodyKind = CodeList::BodyKind;
const QString CodeListStore::MembershipRole = CodeList::MembershipRole;
const QString CodeListStore::AttendanceStatus = CodeList::AttendanceStatus;
const QString CodeListStore::AttendanceRole = CodeList::AttendanceRole;
const QString CodeListStore::EventKind = CodeList::EventKind;
const QString CodeListStore::ProgrammeItemKind = CodeList::ProgrammeItemKind;
const QString CodeListStore::EventFormat = CodeList::EventFormat;

namespace {
const RecordMap<CodeItem>& codeMap()
{
    static const RecordMap<CodeItem> map = RecordMap<CodeItem>(QStringLiteral("code"), &CodeItem::id)
                                               .text(QStringLiteral("list"), &CodeItem::list)
                                               .text(QStringLiteral("code"), &CodeItem::code)
                                               .text(QStringLiteral("label_ja"), &CodeItem::labelJa)
                                               .text(QStringLiteral("label_en"), &CodeItem::labelEn)
                                               .integer(QStringLiteral("sort_order"), &CodeItem::sortOrder)
                                               .reference(QStringLiteral("group_id"), &CodeItem::groupId)
                                               .flag(QStringLiteral("active"), &CodeItem::active);
    return map;
}

CodeItem fromQuery(const QSqlQuery& q)
{
    return codeMap().read(q);
}
} // namespace

QStringList CodeListStore::allLists()
{
    return CodeList::all();
}

bool CodeListStore::isReserved(const QString& list, const QString& code)
{
    return Code::isReserved(list, code);
}

CodeListStore::CodeListStore(const Database& db) : m_db(db) {}

Result<QList<CodeItem>> CodeListStore::list(const QString& list) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM code WHERE list = ? ORDER BY sort_order, id").arg(codeMap().selectList()));
    q.addBindValue(list);
    return SqlUtil::list<CodeItem>(q, tr("The list \"%1\" could not be read.").arg(list), fromQuery);
}

Result<QList<CodeItem>> CodeListStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM code ORDER BY list, sort_order, id").arg(codeMap().selectList()));
    return SqlUtil::list<CodeItem>(q, tr("The code lists could not be read."), fromQuery);
}

Result<std::optional<CodeItem>> CodeListStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM code WHERE id = ?").arg(codeMap().selectList()));
    q.addBindValue(id);
    return SqlUtil::one<CodeItem>(q, tr("The list entry %1 could not be read.").arg(id), fromQuery);
}

Result<qint64> CodeListStore::idOf(const QString& list, const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM code WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    const Result<std::optional<qint64>> id = SqlUtil::one<qint64>(
        q, tr("The list \"%1\" could not be read.").arg(list), [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
    if (!id)
        return id.status();
    return id->value_or(0);
}

Result<bool> CodeListStore::isInUse(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM code WHERE group_id = :id)"
        " OR EXISTS (SELECT 1 FROM organisation WHERE category_id = :id)"
        " OR EXISTS (SELECT 1 FROM person WHERE profession_id = :id)"
        " OR EXISTS (SELECT 1 FROM body WHERE kind_id = :id)"
        " OR EXISTS (SELECT 1 FROM membership WHERE profession_id = :id OR role_id = :id)"
        " OR EXISTS (SELECT 1 FROM event WHERE kind_id = :id OR format_id = :id)"
        " OR EXISTS (SELECT 1 FROM programme_item WHERE kind_id = :id)"
        " OR EXISTS (SELECT 1 FROM attendance WHERE status_id = :id OR role_id = :id OR profession_id = :id)"
        " OR EXISTS (SELECT 1 FROM headcount WHERE profession_id = :id)"));
    q.bindValue(QStringLiteral(":id"), id);
    const QString message = tr("Whether the entry is in use could not be read.");
    if (!q.exec() || !q.next())
        return SqlUtil::failure(q, message);
    return q.value(0).toBool();
}

Status CodeListStore::insert(CodeItem& item)
{
    const bool withId = item.id > 0;
    QSqlQuery q(m_db.connection());
    q.prepare(codeMap().insertSql(withId));
    codeMap().bindInsert(q, item, withId);
    const Result<qint64> added =
        SqlUtil::insertReturningId(q, tr("The entry \"%1\" could not be added to the list.").arg(item.labelJa));
    if (!added)
        return added.status();
    item.id = *added;
    return Status::success();
}

Status CodeListStore::update(const CodeItem& item)
{
    QSqlQuery q(m_db.connection());
    q.prepare(codeMap().updateSql());
    codeMap().bindUpdate(q, item);
    return SqlUtil::exec(q, tr("The entry \"%1\" could not be saved.").arg(item.labelJa));
}

Status CodeListStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM code WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec())
        return Status::success();
    if (SqlUtil::isForeignKeyError(q))
        return Status::failure(tr("This entry is still in use and cannot be deleted; deactivate it instead."));
    return SqlUtil::failure(q, tr("The entry could not be deleted."));
}
