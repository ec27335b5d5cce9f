#pragma once

#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The council's settings stored in the file: its name, municipality, secretariat and report recipient.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    static const QString CouncilName;
    static const QString Secretariat;
    static const QString ReportRecipient;
    static const QString Municipality;
    // Set in a bundled sample's file (to the sample's name), so the window labels it a sample.
    static const QString Sample;

    explicit SettingsStore(const Database& db);
    // The value, "" when it was never set; a failure when it could not be read.
    Result<QString> value(const QString& key) const;
    // Every setting, in one query.
    Result<QHash<QString, QString>> all() const;
    Status setValue(const QString& key, const QString& value);

private:
    const Database& m_db;
};
