#pragma once

#include "db/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace DatabaseDump {
// Every row of every table that an import could touch, as text: equal dumps mean nothing was written.
inline QString dump(const Database& db)
{
    QString out;
    const QStringList tables{QStringLiteral("setting"),
                             QStringLiteral("code"),
                             QStringLiteral("organisation"),
                             QStringLiteral("person"),
                             QStringLiteral("body"),
                             QStringLiteral("membership"),
                             QStringLiteral("series"),
                             QStringLiteral("event"),
                             QStringLiteral("event_co_organiser"),
                             QStringLiteral("programme_item"),
                             QStringLiteral("programme_lecturer"),
                             QStringLiteral("attendance"),
                             QStringLiteral("headcount")};
    for (const QString& table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            return QStringLiteral("<cannot read %1>").arg(table);
        out += u'[' + table + QStringLiteral("]\n");
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            out += values.join(u'|') + u'\n';
        }
    }
    return out;
}
} // namespace DatabaseDump
