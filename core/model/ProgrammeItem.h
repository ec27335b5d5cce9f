#pragma once

#include <QList>
#include <QString>

// One item of an event's programme (事例, ミニレクチャー, 講義, グループワーク) and its lecturers.
struct ProgrammeItem
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 kindId = 0;
    QString title;
    int position = 0;
    QString note;
    QList<qint64> lecturerIds;
};
