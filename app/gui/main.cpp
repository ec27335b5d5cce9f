// renkei: the desktop window. All logic lives in ui/ and core/.
#include "AppPaths.h"
#include "Locale.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/FirstRun.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Renkei"));
    QApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    Locale::installTranslations(app);

    const QStringList args = QApplication::arguments();
    Database db;
    const Status st = args.size() > 1 ? db.open(args.at(1))
                                      : FirstRun::openOrCreateDefault(db, AppPaths::defaultDatabasePath());
    if (!st) {
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Renkei"), st.message(), QMessageBox::Close);
        box.setDetailedText(st.detail());
        box.exec();
        return 1;
    }
    MainWindow window(db);
    window.show();
    return app.exec();
}
