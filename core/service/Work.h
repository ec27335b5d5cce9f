#pragma once

#include "Status.h"
#include "db/TransactionGuard.h"
#include "service/Change.h"

#include <QCoreApplication>

class Services;

// One service call's transaction. It begins at construction and must be checked (begun());
// the call notes what it changes, and commit() publishes those changes through the hub only
// once the outermost transaction has committed. A service calling another service inside its
// own Work shares that transaction: the inner call's changes are published with the outer
// commit, or never if it rolls back. Destroyed without commit, everything is rolled back.
//
//     Work work(m_services);
//     if (const Status st = work.begun(tr("The person could not be saved.")); !st)
//         return st;
//     … writes, each checked …
//     work.note({Change::Entity::Person, Change::Op::Updated, {person.id}});
//     return work.commit(tr("The person could not be saved."));
class Work
{
    Q_DECLARE_TR_FUNCTIONS(Work)

public:
    explicit Work(Services& services);
    ~Work();
    Work(const Work&) = delete;
    Work& operator=(const Work&) = delete;

    // Success when the transaction began; else `message` with the database's words.
    Status begun(const QString& message) const;
    void note(const Change& change);
    // The call wrote more than it can list (an import that records nothing, for speed): after the
    // outermost commit the hub says reloadNeeded(), and every view reads again.
    void noteUnlisted() { m_unlisted = true; }
    Status commit(const QString& message);

private:
    Services& m_services;
    TransactionGuard m_guard;
    Work* m_outer = nullptr;
    Changes m_changes;
    bool m_unlisted = false;
};
