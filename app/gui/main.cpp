// renkei: the desktop window. All logic lives in ui/ and core/.
#include "AppPaths.h"
#include "Locale.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "settings/LanguageSetting.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Renkei"));
    QApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    // The language chosen in Settings, or the system's (QSettings needs the identity set above).
    Locale::installTranslations(app, LanguageSetting::locale(LanguageSetting::read()));

    // renkei FILE opens FILE; otherwise the last file, or the default database (made on first run).
    Session session;
    const QStringList args = QApplication::arguments();
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    Status st;
    if (args.size() > 1)
        st = session.open(args.at(1));
    else if (!last.isEmpty() && QFile::exists(last))
        st = session.open(last);
    else
        st = session.openDefault(AppPaths::defaultDatabasePath());
    MainWindow window(session);
    window.show();
    if (!st)
        Dialogs::showError(&window, st); // the window stays, with File > Open as the way on
    return app.exec();
}
