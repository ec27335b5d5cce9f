#pragma once

#include <QDate>
#include <QString>

// A programme item a person lectured at, with the event it belonged to (a person's 講師歴).
struct Lecture
{
    qint64 eventId = 0;
    QDate date;
    QString eventTitle;
    qint64 itemId = 0;
    QString itemTitle;
    qint64 kindId = 0; // 講義, ミニレクチャー, 事例…
};
