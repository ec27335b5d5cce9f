#include "io/OrganisationImporter.h"

#include "io/ImportContext.h"
#include "text/TextFolding.h"

QList<ImportField> OrganisationImporter::fields()
{
    return {
        {QStringLiteral("name"), {QStringLiteral("名称"), QStringLiteral("団体名"), QStringLiteral("機関名")}, true},
        {QStringLiteral("reading"), {QStringLiteral("ふりがな"), QStringLiteral("フリガナ"), QStringLiteral("よみ")}},
        {QStringLiteral("category"), {QStringLiteral("種別")}},
        {QStringLiteral("address"), {QStringLiteral("住所")}},
        {QStringLiteral("phone"), {QStringLiteral("電話"), QStringLiteral("電話番号")}},
        {QStringLiteral("note"), {QStringLiteral("備考")}},
    };
}

void OrganisationImporter::importRow(ImportContext& ctx, int row)
{
    if (!ctx.require(row, QStringLiteral("name")))
        return;
    const QString name = ctx.value(row, QStringLiteral("name"));
    const qint64 category = ctx.code(row, QStringLiteral("category"), CodeListStore::OrganisationCategory);
    if (category == 0 && !ctx.value(row, QStringLiteral("category")).isEmpty())
        return;

    const Result<QList<Organisation>> found = ctx.organisations().findByName(name);
    if (ctx.storeFailed(row, found.status()))
        return;
    const QList<Organisation>& existing = *found;
    Organisation org = existing.isEmpty() ? Organisation() : existing.first();
    const Organisation before = org;
    org.name = existing.isEmpty() ? name : org.name;
    // A cell left empty keeps what is stored.
    const auto take = [&](QString& field, const QString& key) {
        const QString v = ctx.value(row, key);
        if (!v.isEmpty())
            field = v;
    };
    if (TextFolding::fold(ctx.value(row, QStringLiteral("reading"))) != TextFolding::fold(org.reading))
        take(org.reading, QStringLiteral("reading"));
    take(org.address, QStringLiteral("address"));
    take(org.phone, QStringLiteral("phone"));
    take(org.note, QStringLiteral("note"));
    if (category)
        org.categoryId = category;

    if (existing.isEmpty()) {
        if (!ctx.storeFailed(row, ctx.organisations().insert(org)))
            ctx.added(row, ImportReport::Record::Organisation, tr("organisation %1").arg(name));
        return;
    }
    const bool changed = org.reading != before.reading || org.address != before.address
                         || org.phone != before.phone || org.note != before.note
                         || org.categoryId != before.categoryId;
    if (!changed) {
        ctx.skipped(row, tr("organisation %1 (no change)").arg(org.name));
        return;
    }
    if (!ctx.storeFailed(row, ctx.organisations().update(org)))
        ctx.updated(row, tr("organisation %1").arg(org.name));
}
