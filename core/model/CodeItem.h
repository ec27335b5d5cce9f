#pragma once

#include <QString>

// One entry of an editable code list (a profession, a category, a status ...).
struct CodeItem
{
    qint64 id = 0;
    QString list;
    QString code;
    QString labelJa;
    QString labelEn;
    int sortOrder = 0;
    qint64 groupId = 0; // professions: their profession group
    bool active = true;

    // The label in the user's language (Japanese unless the UI runs in another language).
    QString label() const;
};
