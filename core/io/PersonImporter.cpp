#include "io/PersonImporter.h"

#include "io/ImportContext.h"
#include "text/TextFolding.h"

QList<ImportField> PersonImporter::fields()
{
    return {
        {QStringLiteral("name"), {QStringLiteral("氏名"), QStringLiteral("名前")}, true},
        {QStringLiteral("reading"), {QStringLiteral("ふりがな"), QStringLiteral("フリガナ"), QStringLiteral("よみ")}},
        {QStringLiteral("profession"), {QStringLiteral("職種")}},
        {QStringLiteral("organisation"), {QStringLiteral("所属"), QStringLiteral("所属機関")}},
        {QStringLiteral("department"), {QStringLiteral("部署")}},
        {QStringLiteral("title"), {QStringLiteral("役職")}},
        {QStringLiteral("email"), {QStringLiteral("メール"), QStringLiteral("メールアドレス")}},
        {QStringLiteral("phone"), {QStringLiteral("電話"), QStringLiteral("電話番号")}},
        {QStringLiteral("note"), {QStringLiteral("備考")}},
    };
}

void PersonImporter::importRow(ImportContext& ctx, int row)
{
    if (!ctx.require(row, QStringLiteral("name")))
        return;
    const QString name = ctx.value(row, QStringLiteral("name"));
    const qint64 profession = ctx.code(row, QStringLiteral("profession"), CodeListStore::Profession);
    if (profession == 0 && !ctx.value(row, QStringLiteral("profession")).isEmpty())
        return;
    const qint64 organisation = ctx.organisation(row, QStringLiteral("organisation"));

    const auto existing = ctx.findPerson(row, name, organisation);
    if (!existing)
        return;
    const bool isNew = *existing == 0;
    Person person = isNew ? Person() : ctx.people().get(*existing).valueOr(std::nullopt).value_or(Person()); // found just above
    const Person before = person;
    if (isNew) {
        person.name = name;
        person.organisationId = organisation;
    }
    const auto take = [&](QString& field, const QString& key) {
        const QString v = ctx.value(row, key);
        if (!v.isEmpty())
            field = v;
    };
    // A reading that folds the same (ｼﾗｻｷ for しらさき) keeps the one stored.
    if (TextFolding::fold(ctx.value(row, QStringLiteral("reading"))) != TextFolding::fold(person.reading))
        take(person.reading, QStringLiteral("reading"));
    take(person.department, QStringLiteral("department"));
    take(person.title, QStringLiteral("title"));
    take(person.email, QStringLiteral("email"));
    take(person.phone, QStringLiteral("phone"));
    take(person.note, QStringLiteral("note"));
    if (profession)
        person.professionId = profession;

    if (isNew) {
        if (!ctx.storeFailed(row, ctx.people().insert(person)))
            ctx.added(row, ImportReport::Record::Person, tr("person %1").arg(name));
        return;
    }
    const bool changed = person.reading != before.reading || person.department != before.department
                         || person.title != before.title || person.email != before.email
                         || person.phone != before.phone || person.note != before.note
                         || person.professionId != before.professionId;
    if (!changed) {
        ctx.skipped(row, tr("person %1 (no change)").arg(person.name));
        return;
    }
    if (!ctx.storeFailed(row, ctx.people().update(person)))
        ctx.updated(row, tr("person %1").arg(person.name));
}
