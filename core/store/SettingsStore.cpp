#include "store/SettingsStore.h"

#include "db/Database.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

const QString SettingsStore::CouncilName = QStringLiteral("council_name");
const QString SettingsStore::Secretariat = QStringLiteral("secretariat");
const QString SettingsStore::ReportRecipient = QStringLiteral("report_recipient");
const QString SettingsStore::Municipality = QStringLiteral("municipality");
const QString SettingsStore::Sample = QStringLiteral("sample");

SettingsStore::SettingsStore(const Database& db) : m_db(db) {}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    const auto found = SqlUtil::one<QString>(q, tr("The settings could not be read."),
                                             [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!found)
        return found.status();
    return found->value_or(fallback);
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
