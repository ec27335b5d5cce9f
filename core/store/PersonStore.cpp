#include "store/PersonStore.h"

#include "db/Database.h"
#include "db/SearchKeys.h"
#include "model/SameName.h"
#include "store/SqlUtil.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

namespace {
const QString ListOrder = QStringLiteral(" ORDER BY p.reading = '', p.reading, p.name, p.id");
} // namespace

PersonStore::PersonStore(const Database& db) : m_db(db) {}

const RecordMap<Person>& PersonStore::map()
{
    static const RecordMap<Person> map =
        RecordMap<Person>(QStringLiteral("person"), &Person::id)
            .trimmedText(QStringLiteral("name"), &Person::name)
            .trimmedText(QStringLiteral("reading"), &Person::reading)
            .reference(QStringLiteral("profession_id"), &Person::professionId)
            .reference(QStringLiteral("organisation_id"), &Person::organisationId)
            .text(QStringLiteral("department"), &Person::department)
            .text(QStringLiteral("title"), &Person::title)
            .text(QStringLiteral("email"), &Person::email)
            .text(QStringLiteral("phone"), &Person::phone)
            .text(QStringLiteral("note"), &Person::note)
            .flag(QStringLiteral("active"), &Person::active)
            .derived(QStringLiteral("search_key"),
                     [](const Person& p) { return QVariant(SearchKeys::forPerson(p.name, p.reading)); });
    return map;
}

Result<QList<Person>> PersonStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person p %2").arg(map().selectList(QStringLiteral("p")), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return SqlUtil::list<Person>(q, tr("The people could not be read."),
                                 [](const QSqlQuery& row) { return map().read(row); });
}

Result<QList<PersonListing>> PersonStore::selectListings(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, c.label_ja, c.label_en, c.sort_order, o.name, o.reading, p.search_key FROM person p"
                             " LEFT JOIN code c ON c.id = p.profession_id"
                             " LEFT JOIN organisation o ON o.id = p.organisation_id %2")
                  .arg(map().selectList(QStringLiteral("p")), where + ListOrder));
    for (const QVariant& v : values)
        q.addBindValue(v);
    const int labels = map().width();
    return SqlUtil::list<PersonListing>(q, tr("The people could not be read."), [labels](const QSqlQuery& row) {
        PersonListing l;
        l.person = map().read(row);
        l.profession = {row.value(labels).toString(), row.value(labels + 1).toString()};
        l.professionOrder = row.value(labels + 2).toInt();
        l.organisation = row.value(labels + 3).toString();
        l.organisationReading = row.value(labels + 4).toString();
        l.searchKey = row.value(labels + 5).toString();
        return l;
    });
}

Result<std::optional<Person>> PersonStore::get(qint64 id) const
{
    const Result<QList<Person>> found = select(QStringLiteral("WHERE p.id = ?"), {id});
    if (!found)
        return found.status();
    return found->isEmpty() ? std::optional<Person>() : std::optional<Person>(found->first());
}

Result<QList<Person>> PersonStore::all() const
{
    return select(ListOrder, {});
}

Result<QList<Person>> PersonStore::byIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<Person>();
    return select(QStringLiteral("WHERE p.id IN (%1) ORDER BY p.id").arg(SqlUtil::placeholders(ids.size())),
                  SqlUtil::values(ids));
}

Result<QList<PersonListing>> PersonStore::listings() const
{
    return selectListings(QString(), {});
}

Result<QList<PersonListing>> PersonStore::listings(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<PersonListing>();
    return selectListings(QStringLiteral("WHERE p.id IN (%1)").arg(SqlUtil::placeholders(ids.size())),
                          SqlUtil::values(ids));
}

Result<QList<PersonListing>> PersonStore::listingsOfOrganisations(const QList<qint64>& organisationIds) const
{
    if (organisationIds.isEmpty())
        return QList<PersonListing>();
    return selectListings(
        QStringLiteral("WHERE p.organisation_id IN (%1)").arg(SqlUtil::placeholders(organisationIds.size())),
        SqlUtil::values(organisationIds));
}

Result<QList<Person>> PersonStore::findByName(const QString& name, qint64 organisationId) const
{
    const QString key = SameName::key(name);
    if (key.isEmpty())
        return QList<Person>();
    // The search key starts with the folded name (SearchKeys::forPerson): narrow in SQL, then
    // apply the rule itself.
    QString where = QStringLiteral("WHERE substr(p.search_key, 1, length(?) + 1) = ? || char(31)");
    QVariantList values{key, key};
    if (organisationId > 0) {
        where += QStringLiteral(" AND p.organisation_id = ?");
        values << organisationId;
    }
    Result<QList<Person>> candidates = select(where + QStringLiteral(" ORDER BY p.id"), values);
    if (!candidates)
        return candidates;
    QList<Person> found;
    for (const Person& p : *candidates)
        if (SameName::key(p.name) == key && SameName::inOrganisation(p.organisationId, organisationId))
            found << p;
    return found;
}

Result<QList<Person>> PersonStore::search(const QString& text, int limit) const
{
    const QString key = TextFolding::fold(text);
    const QString order = ListOrder + QStringLiteral(" LIMIT %1").arg(limit);
    if (key.isEmpty())
        return select(order, {});
    return select(QStringLiteral("WHERE instr(p.search_key, ?) > 0") + order, {key});
}

Status PersonStore::insert(Person& person)
{
    const Result<qint64> id = m_insert.run(m_db.connection(), map(), person, person.id > 0,
                                           [&] { return tr("The person \"%1\" could not be added.").arg(person.name); });
    if (!id)
        return id.status();
    person.id = *id;
    return Status::success();
}

Status PersonStore::update(const Person& person)
{
    static const QString sql = map().updateSql();
    QSqlQuery& q = m_update.prepared(m_db.connection(), sql);
    map().bindUpdate(q, person);
    const QString message = tr("The person \"%1\" could not be saved.").arg(person.name);
    if (Status st = SqlUtil::exec(q, message); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(message, tr("The person is no longer in the database."));
    return Status::success();
}

Result<References> PersonStore::references(qint64 id) const
{
    Status st;
    const auto counts = SqlUtil::countRow(
        m_db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM attendance WHERE person_id = :id OR substitute_for_id = :id),"
            " (SELECT count(*) FROM membership WHERE person_id = :id),"
            " (SELECT count(*) FROM programme_lecturer WHERE person_id = :id)"),
        id, tr("The records that refer to the person could not be counted."), &st);
    if (!counts)
        return st;
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
    return SqlUtil::failure(q, tr("The person could not be deleted."));
}
