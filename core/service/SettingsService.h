#pragma once

#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>

class Services;

// The council's settings (its name, municipality, secretariat, report recipient): read and
// changed by the settings page, the home page, the window's title and the command line.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Services& services) : m_services(services) {}

    // "" when never set; a failure when it could not be read.
    Result<QString> value(const QString& key) const;
    Result<QHash<QString, QString>> all() const;
    // One setting, as one transaction announcing a Settings change.
    Status set(const QString& key, const QString& value);

private:
    Services& m_services;
};
