#pragma once

#include <QDate>
#include <QString>

// A seat on a body: held by a person, by an organisation, or described by profession only
// (a body's composition). A term that ended keeps the row: history is not deleted.
struct Membership
{
    qint64 id = 0;
    qint64 bodyId = 0;
    qint64 personId = 0;
    qint64 organisationId = 0;
    qint64 professionId = 0;
    qint64 roleId = 0;
    qint64 representsId = 0;
    QDate termFrom;
    QDate termTo;
    QString note;
};
