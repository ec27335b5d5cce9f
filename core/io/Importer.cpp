#include "io/Importer.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "io/AttendanceImporter.h"
#include "io/EventImporter.h"
#include "io/ImportContext.h"
#include "io/OrganisationImporter.h"
#include "io/ImportTable.h"
#include "io/PersonImporter.h"

#include <QDir>

namespace {
struct KindInfo
{
    Importer::Kind kind;
    const char* name;
    QList<ImportField> (*fields)();
    Status (*prepare)(ImportContext&);
    void (*importRow)(ImportContext&, int);
};

const QList<KindInfo>& kindInfos()
{
    static const QList<KindInfo> list{
        {Importer::Kind::Organisations, "organisations", &OrganisationImporter::fields, &OrganisationImporter::prepare,
         &OrganisationImporter::importRow},
        {Importer::Kind::People, "people", &PersonImporter::fields, &PersonImporter::prepare, &PersonImporter::importRow},
        {Importer::Kind::Events, "events", &EventImporter::fields, &EventImporter::prepare, &EventImporter::importRow},
        {Importer::Kind::Attendance, "attendance", &AttendanceImporter::fields, &AttendanceImporter::prepare,
         &AttendanceImporter::importRow},
    };
    return list;
}

const KindInfo& info(Importer::Kind kind)
{
    return *std::find_if(kindInfos().begin(), kindInfos().end(), [kind](const KindInfo& k) { return k.kind == kind; });
}
} // namespace

std::optional<Importer::Kind> Importer::kindFromName(const QString& name)
{
    for (const KindInfo& k : kindInfos())
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QStringList Importer::kindNames()
{
    QStringList names;
    for (const KindInfo& k : kindInfos())
        names << QString::fromLatin1(k.name);
    return names;
}

QList<Importer::Kind> Importer::kinds()
{
    QList<Kind> list;
    for (const KindInfo& k : kindInfos())
        list << k.kind;
    return list;
}

QString Importer::kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

QString Importer::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Organisations:
        return tr("Organisations");
    case Kind::People:
        return tr("People");
    case Kind::Events:
        return tr("Events");
    case Kind::Attendance:
        return tr("Attendance");
    }
    return QString();
}

QList<ImportField> Importer::fields(Kind kind)
{
    return info(kind).fields();
}

std::optional<Importer::Kind> Importer::guessKind(const QStringList& header)
{
    std::optional<Kind> best;
    int bestKnown = 0;
    for (const KindInfo& k : kindInfos()) {
        const QList<ImportField> fields = k.fields();
        const QStringList mapping = ImportTable::autoMapping(header, fields);
        const bool complete = std::all_of(fields.begin(), fields.end(), [&mapping](const ImportField& f) {
            return !f.required || mapping.contains(f.key);
        });
        const auto known = int(std::count_if(mapping.begin(), mapping.end(), [](const QString& key) { return !key.isEmpty(); }));
        if (complete && known > bestKnown) {
            best = k.kind;
            bestKnown = known;
        }
    }
    return best;
}

Importer::Importer(Database& db) : m_db(db) {}

Status Importer::run(Kind kind, const QString& path, bool dryRun, ImportReport* report)
{
    return run(kind, path, QString(), dryRun, report);
}

Status Importer::run(Kind kind, const QString& path, const QString& sheet, bool dryRun, ImportReport* report)
{
    Options options;
    options.dryRun = dryRun;
    return run(kind, path, sheet, options, report);
}

Status Importer::run(Kind kind, const QString& path, const QString& sheet, const Options& options, ImportReport* report)
{
    const auto table = ImportTable::read(path, fields(kind), &report->errors, sheet);
    if (!table)
        return Status::failure(tr("The file \"%1\" was not imported; nothing was written.").arg(QDir::toNativeSeparators(path)));
    return run(kind, *table, options, report);
}

Status Importer::run(Kind kind, const ImportTable& table, const Options& options, ImportReport* report)
{
    const QString nothingWritten = tr("The file \"%1\" was not imported; nothing was written.").arg(table.fileName());
    report->encoding = table.encodingName();
    report->rows = table.rowCount();

    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(nothingWritten, tx.errorText());
    std::optional<ChangeRecorder> recorder;
    if (options.recordOnly) {
        recorder.emplace(m_db.connection());
        if (const Status st = recorder->start(); !st)
            return Status::failure(nothingWritten, st.fullText());
    }
    ImportContext ctx(m_db, table, *report);
    if (const Status st = info(kind).prepare(ctx); !st)
        return Status::failure(nothingWritten, st.fullText());
    const auto importRow = info(kind).importRow;
    for (int row = 0; row < table.rowCount(); ++row) {
        importRow(ctx, row);
        if (options.progress && !options.progress(row + 1, table.rowCount())) {
            report->cancelled = true;
            return Status::failure(tr("The import of \"%1\" was cancelled; nothing was written.").arg(table.fileName()));
        }
    }

    ctx.finish(); // what is left of the batches; a failure is an error of the report
    if (!report->errors.isEmpty())
        return Status::failure(nothingWritten); // the guard rolls back
    if (options.recordOnly) {
        Status st;
        const auto changes = recorder->finish(&st);
        if (!changes)
            return Status::failure(nothingWritten, st.fullText());
        report->changes = *changes;
        return Status::success(); // the guard rolls back: the caller applies the changes
    }
    if (options.dryRun)
        return Status::success(); // the guard rolls back: a dry run only reports
    if (!tx.commit())
        return Status::failure(nothingWritten, tx.errorText());
    return Status::success();
}
