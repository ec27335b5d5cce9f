#pragma once

#include <QSqlDatabase>
#include <QString>

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
// unless commit() succeeded. Nested guards become savepoints, so a multi-step edit
// can be built from steps that each guard themselves.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const { return m_error; }

private:
    bool exec(const QString& sql);

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    QString m_error;
};
