#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// 会議・研修会: a meeting, training, case-study meeting, joint training or public lecture.
struct Event
{
    qint64 id = 0;
    qint64 kindId = 0;
    qint64 bodyId = 0; // organiser
    QList<qint64> coOrganiserIds;
    QString series;
    int number = 0; // within its fiscal year and series; 0 = not numbered
    QDate date;
    QTime startTime;
    QTime endTime;
    QString venue;
    QString title;
    QString theme;
    QString purpose;
    QString outcomes;
    qint64 formatId = 0;
    QString minutes;
    QString note;

    bool operator==(const Event&) const = default;
};
