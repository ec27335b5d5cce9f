// renkei-cli: the command line for batch work and scripting. All logic lives in cli/ (the renkei_cli library).
#include "AppPaths.h"
#include "Locale.h"
#include "cli/Cli.h"

#include <QFile>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    // Reports and sign-in sheets lay out text and draw PDF pages, which needs fonts: a GUI
    // application on the offscreen platform, so that the command line works without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    Locale::installTranslations(app);
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return Cli().run(QCoreApplication::arguments().mid(1), out, err);
}
