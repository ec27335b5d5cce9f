#pragma once

#include "service/ChangeHub.h"

#include <QObject>
#include <QTimer>

class Database;
class Work;

// What every service works on: the open database and the hub that announces its changes. A
// service is a small value made from it where needed — `PeopleService(services).update(…)` —
// as the window, the command line and the importers all do; none of them touches a store or a
// connection. One Services per open database.
class Services : public QObject
{
    Q_OBJECT

public:
    explicit Services(Database& db, QObject* parent = nullptr);
    ~Services() override;

    Database& db() const { return m_db; }
    ChangeHub& hub() { return m_hub; }

    // Polls the database for commits by other programs every `intervalMs` and announces them as
    // ChangeHub::reloadNeeded(). Commits made through Work are not announced twice.
    void watchOtherWriters(int intervalMs = 2000);
    void stopWatching();
    // Checks now (the poll's work), e.g. before trusting what a view shows.
    void checkOtherWriters();

    // The data version now is this program's own doing (a Work committed; an import's worker
    // connection finished): it is not announced as another program's change.
    void ownWritesSeen();

private:
    friend class Work;

    Database& m_db;
    ChangeHub m_hub;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    Work* m_outermost = nullptr; // the open top-level unit of work, if any
};
