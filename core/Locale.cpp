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

QString japanese(const char* context, const char* source, const char* disambiguation)
{
    static const QTranslator* const translator = [] {
        auto* t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/renkei_ja.qm")))
            qWarning("The Japanese translation is missing from the program's resources.");
        return t;
    }();
    const QString text = translator->translate(context, source, disambiguation);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace Locale
