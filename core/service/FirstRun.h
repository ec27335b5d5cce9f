#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

class Database;

// What a first start offers (the window's welcome): the user's own council database, whose
// settings are asked once, or a bundled sample in a file of its own. The sample never goes
// into the user's database: it is only loaded into a file made for it.
class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    struct Council
    {
        QString name;
        QString municipality;
        QString secretariat;
        QString reportRecipient;
    };

    // A new, empty database at `path` holding the council's settings; no file is left behind
    // on failure. The council name is required.
    static Status createCouncil(Database& db, const QString& path, const Council& council);
    // Opens the sample's file at `path`, making it with the sample first if it does not exist.
    static Status openOrCreateSample(Database& db, const QString& path, const QString& sampleName);

    // What the settings usually are for a municipality's council, offered while the user has
    // not typed them: 〇〇市在宅医療連携推進協議会, 〇〇市, 〇〇市地域医療審議会.
    static Council suggestionFor(const QString& municipality);
};
