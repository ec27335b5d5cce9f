#pragma once

#include <QString>
#include <QStringList>

// One column an import understands: its English header and the Japanese aliases users write.
struct ImportField
{
    QString key;         // English header, also the name used in code
    QStringList aliases; // Japanese headers
    bool required = false;

    // The header exports write and the window shows: the first Japanese alias under a Japanese
    // locale, the English key otherwise.
    QString label() const;
};
