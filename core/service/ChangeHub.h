#pragma once

#include "service/Change.h"

#include <QObject>

// Where services announce what they committed. One hub per open database; the window's models
// and pages listen to it. Nothing is announced for a rolled-back transaction.
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    explicit ChangeHub(QObject* parent = nullptr);

    void publish(const Changes& changes);

signals:
    // After a commit by this program: exactly what changed.
    void changed(const Changes& changes);
    // Another program (another Renkei window, renkei-cli) committed to the database, or the
    // database was replaced: what changed is unknown, every view reads again.
    void reloadNeeded();
};
