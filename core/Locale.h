#pragma once

#include <QCoreApplication>
#include <QLocale>

// The program's language: Japanese or English, from the system locale unless chosen,
// plus loading the matching translation into the application.
namespace Locale {
bool isJapanese();
// Installs Renkei's (and Qt's) translations for `locale`; returns false if none was needed or found.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale::system());
// The Japanese translation of `source` whatever the UI language: documents for Japanese
// offices (the activity report) are always in Japanese. Mark sources with QT_TRANSLATE_NOOP.
QString japanese(const char* context, const char* source, const char* disambiguation = nullptr);
} // namespace Locale
