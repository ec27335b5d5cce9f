#include "settings/LanguageSetting.h"

#include <QSettings>

namespace LanguageSetting {

const QString Key = QStringLiteral("language");

Choice read()
{
    const QString value = QSettings().value(Key).toString();
    if (value == QLatin1String("ja"))
        return Choice::Japanese;
    if (value == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

void write(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System:
        settings.remove(Key);
        break;
    case Choice::Japanese:
        settings.setValue(Key, QStringLiteral("ja"));
        break;
    case Choice::English:
        settings.setValue(Key, QStringLiteral("en"));
        break;
    }
}

QLocale locale(Choice choice)
{
    switch (choice) {
    case Choice::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

} // namespace LanguageSetting
