#pragma once

#include <QString>

// 団体・機関: a member organisation, a hospital, a clinic, an office.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString reading;
    qint64 categoryId = 0;
    QString address;
    QString phone;
    QString note;
    bool active = true;
};
