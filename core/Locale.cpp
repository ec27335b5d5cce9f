#include "Locale.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace {
bool& japaneseFlag()
{
    static bool flag = QLocale().language() == QLocale::Japanese;
    return flag;
}
} // namespace

namespace Locale {

bool isJapanese()
{
    return japaneseFlag();
}

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    japaneseFlag() = locale.language() == QLocale::Japanese;
    if (!japaneseFlag())
        return false;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("renkei"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(own);
}

} // namespace Locale
