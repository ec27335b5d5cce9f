#include "service/ImportService.h"

#include "db/ChangeSet.h"
#include "db/Database.h"
#include "io/ImportTable.h"
#include "service/Services.h"
#include "service/Work.h"

#include <QDir>
#include <QSet>

#include <map>
#include <tuple>

namespace {
// Adds `id` to the change of (entity, op, owner), made the first time it is needed, so that a
// batch of thousands of rows announces one change per kind and event, not one per row.
class ChangeList
{
public:
    void add(Change::Entity entity, Change::Op op, qint64 id, qint64 owner = 0)
    {
        if (!id)
            return;
        const Key key{int(entity), int(op), owner};
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            it = m_index.emplace(key, int(m_changes.size())).first;
            m_changes << Change{entity, op, {}, owner};
            m_seen << QSet<qint64>();
        }
        const int at = it->second;
        if (!m_seen[at].contains(id)) {
            m_seen[at].insert(id);
            m_changes[at].ids << id;
        }
    }
    Changes changes() const { return m_changes; }

private:
    using Key = std::tuple<int, int, qint64>;
    std::map<Key, int> m_index;
    Changes m_changes;
    QList<QSet<qint64>> m_seen;
};
} // namespace

Status ImportService::rehearse(const Request& request, const std::function<bool(int, int)>& progress,
                               ImportReport* report)
{
    Database db;
    if (const Status st = db.open(request.databasePath); !st)
        return st;
    const QList<ImportField> fields = Importer::fields(request.kind);
    const auto table = ImportTable::map(request.source, fields, &request.mapping, &report->errors);
    if (!table) {
        for (const QString& e : report->errors)
            report->lines << ImportReport::Line{ImportReport::Outcome::Error, -1, QString(), e};
        return Status::failure(Importer::tr("The file \"%1\" was not imported; nothing was written.")
                                   .arg(request.source.fileName));
    }
    Importer::Options options;
    options.recordOnly = true;
    options.progress = progress;
    return Importer(db).run(request.kind, *table, options, report);
}

Status ImportService::run(Importer::Kind kind, const QString& path, const QString& sheet,
                          const Importer::Options& options, ImportReport* report)
{
    // The file is read before the transaction begins, so that the records are locked only while
    // they are written.
    const auto table = ImportTable::read(path, Importer::fields(kind), &report->errors, sheet);
    if (!table)
        return Status::failure(Importer::tr("The file \"%1\" was not imported; nothing was written.")
                                   .arg(QDir::toNativeSeparators(path)));
    const QString failed =
        Importer::tr("The file \"%1\" was not imported; nothing was written.").arg(table->fileName());
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    // The importer's own transaction is a savepoint inside this one.
    if (const Status st = Importer(m_services.db()).run(kind, *table, options, report); !st)
        return st;
    if (options.dryRun || options.recordOnly)
        return Status::success(); // the Work rolls back
    work.noteUnlisted();
    return work.commit(failed);
}

Status ImportService::apply(const ChangeSet& changes, bool announceRows)
{
    return write(changes, true, announceRows);
}

Status ImportService::revert(const ChangeSet& changes, bool announceRows)
{
    return write(changes, false, announceRows);
}

Status ImportService::write(const ChangeSet& changes, bool forward, bool announceRows)
{
    const QString failed = forward ? tr("The import could not be written.") : tr("The import could not be taken back.");
    Work work(m_services);
    if (const Status st = work.begun(failed); !st)
        return st;
    const QSqlDatabase connection = m_services.db().connection();
    if (const Status st = forward ? changes.apply(connection) : changes.revert(connection); !st)
        return st;
    if (announceRows)
        for (const Change& c : changesOf(changes, forward))
            work.note(c);
    return work.commit(failed);
}

Changes ImportService::changesOf(const ChangeSet& changes, bool forward)
{
    ChangeList list;
    for (const ChangeSet::Row& row : changes.rows()) {
        const bool was = forward ? row.before.has_value() : row.after.has_value();
        const bool is = forward ? row.after.has_value() : row.before.has_value();
        const Change::Op op = !was ? Change::Op::Inserted : !is ? Change::Op::Removed : Change::Op::Updated;
        // A row's owner is read from whichever image it has (a removed row only has the old one).
        const bool image = row.after.has_value();
        const auto value = [&](const QString& column) { return changes.integer(row, column, image); };
        const QString& t = row.table;
        if (t == QLatin1String("person"))
            list.add(Change::Entity::Person, op, row.rowid);
        else if (t == QLatin1String("organisation"))
            list.add(Change::Entity::Organisation, op, row.rowid);
        else if (t == QLatin1String("event"))
            list.add(Change::Entity::Event, op, row.rowid);
        else if (t == QLatin1String("event_co_organiser"))
            list.add(Change::Entity::Event, Change::Op::Updated, value(QStringLiteral("event_id")));
        else if (t == QLatin1String("programme_item"))
            list.add(Change::Entity::Programme, op, row.rowid, value(QStringLiteral("event_id")));
        else if (t == QLatin1String("programme_lecturer"))
            list.add(Change::Entity::Programme, Change::Op::Updated, value(QStringLiteral("item_id")));
        else if (t == QLatin1String("attendance")) {
            const qint64 event = value(QStringLiteral("event_id"));
            list.add(Change::Entity::Attendance, Change::Op::Updated, value(QStringLiteral("person_id")), event);
            list.add(Change::Entity::Attendance, Change::Op::Updated, value(QStringLiteral("substitute_for_id")), event);
        } else if (t == QLatin1String("headcount"))
            list.add(Change::Entity::Headcount, Change::Op::Updated, value(QStringLiteral("profession_id")),
                     value(QStringLiteral("event_id")));
        else if (t == QLatin1String("body"))
            list.add(Change::Entity::Body, op, row.rowid);
        else if (t == QLatin1String("membership"))
            list.add(Change::Entity::Membership, op, row.rowid, value(QStringLiteral("body_id")));
        else if (t == QLatin1String("code"))
            list.add(Change::Entity::CodeItem, op, row.rowid);
        else if (t == QLatin1String("setting"))
            list.add(Change::Entity::Settings, Change::Op::Updated, row.rowid);
        // series: the names events are filed under; the events that use one are announced.
    }
    return list.changes();
}

Result<qint64> ImportService::dataVersion() const
{
    return m_services.db().dataVersion();
}
