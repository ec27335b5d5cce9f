#include "store/CodeListStore.h"

#include "domain/Codes.h"
#include "db/Database.h"
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
const QString Columns = QStringLiteral("id, list, code, label_ja, label_en, sort_order, group_id, active");

CodeItem fromQuery(const QSqlQuery& q)
{
    CodeItem c;
    c.id = q.value(0).toLongLong();
    c.list = q.value(1).toString();
    c.code = q.value(2).toString();
    c.labelJa = q.value(3).toString();
    c.labelEn = q.value(4).toString();
    c.sortOrder = q.value(5).toInt();
    c.groupId = q.value(6).toLongLong();
    c.active = q.value(7).toBool();
    return c;
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

QList<CodeItem> CodeListStore::items(const QString& list) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM code WHERE list = ? ORDER BY sort_order, id").arg(Columns));
    q.addBindValue(list);
    QList<CodeItem> result;
    if (q.exec())
        while (q.next())
            result << fromQuery(q);
    return result;
}

Result<std::optional<CodeItem>> CodeListStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM code WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    return SqlUtil::one<CodeItem>(q, tr("The code list could not be read."), fromQuery);
}

qint64 CodeListStore::idOf(const QString& list, const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM code WHERE list = ? AND code = ?"));
    q.addBindValue(list);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 CodeListStore::find(const QString& list, const QString& text) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return 0;
    for (const CodeItem& c : items(list)) {
        if (TextFolding::fold(c.code) == key || TextFolding::fold(c.labelJa) == key
            || TextFolding::fold(c.labelEn) == key)
            return c.id;
    }
    return 0;
}

QString CodeListStore::label(qint64 id) const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    const auto item = get(id).valueOr(std::nullopt);
    return item ? item->label() : QString();
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
    const auto used = SqlUtil::one<bool>(q, tr("Whether the entry is in use could not be read."),
                                         [](const QSqlQuery& row) { return row.value(0).toBool(); });
    if (!used)
        return used.status();
    return used->value_or(false);
}

Status CodeListStore::insert(CodeItem& item)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO code (id, list, code, label_ja, label_en, sort_order, group_id, active) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(item.id));
    q.addBindValue(SqlUtil::text(item.list));
    q.addBindValue(SqlUtil::text(item.code));
    q.addBindValue(SqlUtil::text(item.labelJa));
    q.addBindValue(SqlUtil::text(item.labelEn));
    q.addBindValue(item.sortOrder);
    q.addBindValue(SqlUtil::idOrNull(item.groupId));
    q.addBindValue(item.active);
    Status st = SqlUtil::exec(q, tr("The entry \"%1\" could not be added to the list.").arg(item.labelJa));
    if (st)
        item.id = q.lastInsertId().toLongLong();
    return st;
}

Status CodeListStore::update(const CodeItem& item)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE code SET code = ?, label_ja = ?, label_en = ?, sort_order = ?, group_id = ?, "
                             "active = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::text(item.code));
    q.addBindValue(SqlUtil::text(item.labelJa));
    q.addBindValue(SqlUtil::text(item.labelEn));
    q.addBindValue(item.sortOrder);
    q.addBindValue(SqlUtil::idOrNull(item.groupId));
    q.addBindValue(item.active);
    q.addBindValue(item.id);
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
    return SqlUtil::exec(q, tr("The entry could not be deleted."));
}
