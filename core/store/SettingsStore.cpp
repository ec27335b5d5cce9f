#include "store/SettingsStore.h"

#include "db/Database.h"
#include "domain/SettingKeys.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

const QString SettingsStore::CouncilName = SettingKey::CouncilName;
const QString SettingsStore::Secretariat = SettingKey::Secretariat;
const QString SettingsStore::ReportRecipient = SettingKey::ReportRecipient;
const QString SettingsStore::Municipality = SettingKey::Municipality;
const QString SettingsStore::Sample = SettingKey::Sample;

SettingsStore::SettingsStore(const Database& db) : m_db(db) {}

Result<QString> SettingsStore::value(const QString& key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    const auto found = SqlUtil::one<QString>(q, tr("The council's settings could not be read."),
                                             [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!found)
        return found.status();
    return found->value_or(QString());
}

Result<QHash<QString, QString>> SettingsStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM setting"));
    const auto rows = SqlUtil::list<QPair<QString, QString>>(
        q, tr("The council's settings could not be read."),
        [](const QSqlQuery& row) { return qMakePair(row.value(0).toString(), row.value(1).toString()); });
    if (!rows)
        return rows.status();
    QHash<QString, QString> values;
    for (const auto& [key, value] : *rows)
        values.insert(key, value);
    return values;
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(SqlUtil::text(value));
    return SqlUtil::exec(q, tr("The setting could not be saved."));
}
