// renkei: the desktop window. All logic lives in ui/ and core/.
#include "AppPaths.h"
#include "Locale.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "settings/LanguageSetting.h"
#include "window/MainWindow.h"
#include "window/Startup.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Renkei"));
    QApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    // The language chosen in Settings, or the system's (QSettings needs the identity set above).
    Locale::installTranslations(app, LanguageSetting::locale(LanguageSetting::read()));

    // renkei FILE, the last file or the default database; a first start shows the welcome.
    Session session;
    const Status st = Startup::open(session, QApplication::arguments());
    MainWindow window(session);
    window.show();
    if (!st)
        Dialogs::showError(&window, st); // the window stays, with File > Open as the way on
    return app.exec();
}
