#pragma once

#include "model/References.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// The one question asked before a person, organisation or body is deleted. When nothing refers
// to it: "Delete …?" with Delete and Cancel. When something does, deleting would lose history:
// the question says what refers to it (counted by the core) and offers Deactivate and Cancel —
// or, for a record already inactive, only says so.
class ConfirmDelete
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmDelete)

public:
    enum class Answer { Delete, Deactivate, Cancel };
    static Answer ask(QWidget* parent, const QString& title, const QString& name,
                      const References& references, bool active);
    // 3 attendance records, 1 membership, 2 lectures
    static QString describe(const References& references);
};
