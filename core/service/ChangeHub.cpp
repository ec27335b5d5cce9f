#include "service/ChangeHub.h"

ChangeHub::ChangeHub(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<Change>();
    qRegisterMetaType<Changes>();
}

void ChangeHub::publish(const Changes& changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}
