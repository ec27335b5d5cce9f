#pragma once

#include <QString>

// 関係者: a person with a profession and an affiliation (as of today; attendance keeps its own copy).
struct Person
{
    qint64 id = 0;
    QString name;
    QString reading;
    qint64 professionId = 0;
    qint64 organisationId = 0;
    QString department;
    QString title;
    QString email;
    QString phone;
    QString note;
    bool active = true;
};
