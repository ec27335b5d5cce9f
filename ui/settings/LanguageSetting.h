#pragma once

#include <QLocale>
#include <QString>

// The UI language chosen in Settings, kept in QSettings ("language": "", "ja" or "en") and
// applied when Renkei starts; System follows the system locale.
namespace LanguageSetting {
enum class Choice { System, Japanese, English };

extern const QString Key;
Choice read();
void write(Choice choice);
// The locale to install translations for at start-up.
QLocale locale(Choice choice);
} // namespace LanguageSetting
