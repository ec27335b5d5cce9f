#pragma once

#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
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
    // The setting, or `fallback` when it was never set; a failure when the query fails.
    Result<QString> value(const QString& key, const QString& fallback = QString()) const;
    Status setValue(const QString& key, const QString& value);

private:
    const Database& m_db;
};
