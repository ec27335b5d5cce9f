#include "io/Importer.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "io/AttendanceImporter.h"
#include "io/EventImporter.h"
#include "io/ImportContext.h"
#include "io/OrganisationImporter.h"
#include "io/PersonImporter.h"

#include <QDir>

namespace {
struct KindInfo
{
    Importer::Kind kind;
    const char* name;
    QList<ImportField> (*fields)();
    void (*importRow)(ImportContext&, int);
};

const QList<KindInfo>& kinds()
{
    static const QList<KindInfo> list{
        {Importer::Kind::Organisations, "organisations", &OrganisationImporter::fields, &OrganisationImporter::importRow},
        {Importer::Kind::People, "people", &PersonImporter::fields, &PersonImporter::importRow},
        {Importer::Kind::Events, "events", &EventImporter::fields, &EventImporter::importRow},
        {Importer::Kind::Attendance, "attendance", &AttendanceImporter::fields, &AttendanceImporter::importRow},
    };
    return list;
}
} // namespace

std::optional<Importer::Kind> Importer::kindFromName(const QString& name)
{
    for (const KindInfo& k : kinds())
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QStringList Importer::kindNames()
{
    QStringList names;
    for (const KindInfo& k : kinds())
        names << QString::fromLatin1(k.name);
    return names;
}

Importer::Importer(Database& db) : m_db(db) {}

Status Importer::run(Kind kind, const QString& path, bool dryRun, ImportReport* report)
{
    const KindInfo& info = *std::find_if(kinds().begin(), kinds().end(), [kind](const KindInfo& k) { return k.kind == kind; });
    const QString shown = QDir::toNativeSeparators(path);
    const QString nothingWritten = tr("The file \"%1\" was not imported; nothing was written.").arg(shown);

    const auto table = ImportTable::read(path, info.fields(), &report->errors);
    if (!table)
        return Status::failure(nothingWritten);
    report->encoding = table->encodingName();
    report->rows = table->rowCount();

    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(nothingWritten, tx.errorText());
    ImportContext ctx(m_db, *table, *report);
    for (int row = 0; row < table->rowCount(); ++row)
        info.importRow(ctx, row);

    if (!report->errors.isEmpty())
        return Status::failure(nothingWritten); // the guard rolls back
    if (dryRun)
        return Status::success(); // the guard rolls back: a dry run only reports
    if (!tx.commit())
        return Status::failure(nothingWritten, tx.errorText());
    return Status::success();
}
