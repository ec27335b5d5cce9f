#pragma once

#include "db/Database.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"

#include <QDate>
#include <QFile>
#include <QString>

// Import files of any length, generated: a new database with `events` trainings (one a day
// from 2024-04-01) and a sign-in record of them whose people and organisations are all new.
namespace GeneratedImport {

inline const QDate FirstDay{2024, 4, 1};

// A new database at `path` with `events` trainings; false on failure.
inline bool createDatabase(Database& db, const QString& path, int events)
{
    if (!db.create(path))
        return false;
    const qint64 training = CodeListStore(db).idOf(CodeListStore::EventKind, QStringLiteral("training")).value();
    EventStore store(db);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.kindId = training;
        e.date = FirstDay.addDays(i);
        e.title = QStringLiteral("研修会%1").arg(i + 1);
        if (!store.insert(e))
            return false;
    }
    return true;
}

// `rows` attendance rows over `events` events: row r names person r (受講者r) of organisation
// r % organisations, so every row adds a person and an attendance, and the organisations are
// added by their first rows.
inline bool writeAttendance(const QString& path, int rows, int events, int organisations)
{
    QString text = QStringLiteral("日付,氏名,所属,職種\n");
    for (int r = 0; r < rows; ++r)
        text += QStringLiteral("%1,受講者%2,事業所%3,看護師\n")
                    .arg(FirstDay.addDays(r % events).toString(Qt::ISODate))
                    .arg(r + 1)
                    .arg(r % organisations + 1);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

// `rows` people (受講者r of 事業所 r % organisations), all new.
inline bool writePeople(const QString& path, int rows, int organisations)
{
    QString text = QStringLiteral("氏名,ふりがな,所属,職種\n");
    for (int r = 0; r < rows; ++r)
        text += QStringLiteral("受講者%1,じゅこうしゃ,事業所%2,薬剤師\n").arg(r + 1).arg(r % organisations + 1);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

// `rows` trainings, one a day from FirstDay, each with a headcount.
inline bool writeEvents(const QString& path, int rows)
{
    QString text = QStringLiteral("日付,区分,表題,参加者数\n");
    for (int r = 0; r < rows; ++r)
        text += QStringLiteral("%1,研修会,新しい研修%2,%3\n")
                    .arg(FirstDay.addDays(r).toString(Qt::ISODate))
                    .arg(r + 1)
                    .arg(r % 30 + 1);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace GeneratedImport
