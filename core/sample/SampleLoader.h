#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class Database;

// Fills an empty database with a bundled sample council (resources/sample/<name>.json):
// settings, organisations, people, bodies, memberships and events, in one transaction.
class SampleLoader
{
    Q_DECLARE_TR_FUNCTIONS(SampleLoader)

public:
    static QStringList availableSamples();
    static Status load(Database& db, const QString& sampleName);
    // Same, from a JSON document already read (tests use this for broken samples).
    static Status loadDocument(Database& db, const QJsonObject& root);
};
