#pragma once

#include <QString>

// 会議体: the council, its steering committee and working groups, partner councils and the
// regional medical council the council reports to.
struct Body
{
    qint64 id = 0;
    QString name;
    QString shortName;
    qint64 kindId = 0;
    qint64 parentId = 0;    // a working group's council
    qint64 reportsToId = 0; // the body this one reports to
    qint64 organisationId = 0;
    QString note;
    bool active = true;
};
