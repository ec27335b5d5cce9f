// renkei-cli: the command line for batch work and scripting. All logic lives in core/cli.
#include "AppPaths.h"
#include "Locale.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    Locale::installTranslations(app);
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return Cli().run(QCoreApplication::arguments().mid(1), out, err);
}
