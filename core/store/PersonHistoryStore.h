#pragma once

#include "Result.h"
#include "model/PersonListing.h"

#include <QCoreApplication>
#include <QList>

class Database;

// A person's history as the People page's tabs show it: events attended, programme items
// lectured, seats on bodies. Each is one query joining the labels it shows, whatever its length.
class PersonHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonHistoryStore)

public:
    explicit PersonHistoryStore(const Database& db);

    // Newest event first.
    Result<QList<AttendedEvent>> attended(qint64 personId) const;
    Result<QList<LecturedItem>> lectured(qint64 personId) const;
    Result<QList<Seat>> seats(qint64 personId) const;

private:
    const Database& m_db;
};
