#include "store/PersonStore.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral(
    "id, name, reading, profession_id, organisation_id, department, title, email, phone, note, active");

Person fromQuery(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.reading = q.value(2).toString();
    p.professionId = q.value(3).toLongLong();
    p.organisationId = q.value(4).toLongLong();
    p.department = q.value(5).toString();
    p.title = q.value(6).toString();
    p.email = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.note = q.value(9).toString();
    p.active = q.value(10).toBool();
    return p;
}

void bindFields(QSqlQuery& q, const Person& p)
{
    q.addBindValue(SqlUtil::text(p.name.trimmed()));
    q.addBindValue(SqlUtil::text(p.reading.trimmed()));
    q.addBindValue(SqlUtil::idOrNull(p.professionId));
    q.addBindValue(SqlUtil::idOrNull(p.organisationId));
    q.addBindValue(SqlUtil::text(p.department));
    q.addBindValue(SqlUtil::text(p.title));
    q.addBindValue(SqlUtil::text(p.email));
    q.addBindValue(SqlUtil::text(p.phone));
    q.addBindValue(SqlUtil::text(p.note));
    q.addBindValue(p.active);
    q.addBindValue(SearchKeys::forPerson(p.name, p.reading));
}
} // namespace

PersonStore::PersonStore(const Database& db) : m_db(db) {}

Result<QList<Person>> PersonStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person %2").arg(Columns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Person>(q, tr("The people could not be read."), fromQuery);
}

Result<std::optional<Person>> PersonStore::get(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.status();
    return list->isEmpty() ? std::optional<Person>() : std::optional<Person>(list->first());
}

QList<Person> PersonStore::all() const
{
    // Not yet a Result: the window's callers show no read errors yet (issue 9, services).
    return select(QStringLiteral("ORDER BY reading = '', reading, name, id"), {}).valueOr({});
}

QList<Person> PersonStore::findByName(const QString& name, qint64 organisationId) const
{
    const QString key = TextFolding::fold(name);
    QList<Person> result;
    if (key.isEmpty())
        return result;
    QString where = QStringLiteral("WHERE substr(search_key, 1, length(?) + 1) = ? || char(31)");
    QVariantList values{key, key};
    if (organisationId > 0) {
        where += QStringLiteral(" AND organisation_id = ?");
        values << organisationId;
    }
    for (const Person& p : select(where + QStringLiteral(" ORDER BY id"), values).valueOr({}))
        if (TextFolding::fold(p.name) == key)
            result << p;
    return result;
}

Result<QList<Person>> PersonStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    if (key.isEmpty())
        return select(QStringLiteral("ORDER BY reading = '', reading, name, id LIMIT %1").arg(limit), {});
    return select(
        QStringLiteral("WHERE instr(search_key, ?) > 0 ORDER BY reading = '', reading, name, id LIMIT %1").arg(limit),
        {key});
}

Status PersonStore::insert(Person& person)
{
    QSqlQuery q(m_db.connection());
    // An id already set (undo of a delete) is kept; 0 lets SQLite choose.
    q.prepare(QStringLiteral("INSERT INTO person (id, name, reading, profession_id, organisation_id, department, title, "
                             "email, phone, note, active, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::idOrNull(person.id));
    bindFields(q, person);
    Status st = SqlUtil::exec(q, tr("The person \"%1\" could not be added.").arg(person.name));
    if (st)
        person.id = q.lastInsertId().toLongLong();
    return st;
}

Status PersonStore::update(const Person& person)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE person SET name = ?, reading = ?, profession_id = ?, organisation_id = ?, "
                             "department = ?, title = ?, email = ?, phone = ?, note = ?, active = ?, search_key = ? "
                             "WHERE id = ?"));
    bindFields(q, person);
    q.addBindValue(person.id);
    return SqlUtil::exec(q, tr("The person \"%1\" could not be saved.").arg(person.name));
}

std::optional<References> PersonStore::references(qint64 id, Status* status) const
{
    const auto counts = SqlUtil::countRow(
        m_db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM attendance WHERE person_id = :id OR substitute_for_id = :id),"
            " (SELECT count(*) FROM membership WHERE person_id = :id),"
            " (SELECT count(*) FROM programme_lecturer WHERE person_id = :id)"),
        id, tr("The records that refer to the person could not be counted."), status);
    if (!counts)
        return std::nullopt;
    References r;
    r.attendances = counts->at(0);
    r.memberships = counts->at(1);
    r.lectures = counts->at(2);
    return r;
}

Status PersonStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec())
        return Status::success();
    if (SqlUtil::isForeignKeyError(q))
        return Status::failure(tr("This person is still referred to by attendance, memberships or programmes; "
                                  "deactivate them instead."));
    return SqlUtil::exec(q, tr("The person could not be deleted."));
}
