#include "TestEnvironment.h"

#include "config-renkei-tests.h"
#include "db/Database.h"
#include "sample/SampleLoader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QTemporaryDir>& tempRoot()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}
} // namespace

namespace TestEnvironment {

void isolate()
{
    tempRoot() = std::make_unique<QTemporaryDir>();
    const QString base = tempRoot()->path();
    const auto setPath = [&base](const char* var, const QString& sub) {
        const QString path = base + u'/' + sub;
        QDir().mkpath(path);
        qputenv(var, path.toLocal8Bit());
    };
    setPath("HOME", QStringLiteral("home"));
    setPath("XDG_DATA_HOME", QStringLiteral("data"));
    setPath("XDG_CONFIG_HOME", QStringLiteral("config"));
    setPath("XDG_CACHE_HOME", QStringLiteral("cache"));
    setPath("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
    QFile::setPermissions(base + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qunsetenv("RENKEI_DB");
    QStandardPaths::setTestModeEnabled(true);
}

QString root()
{
    return tempRoot() ? tempRoot()->path() : QString();
}

void useScreen(int width, int height)
{
    const QString config = root() + QStringLiteral("/offscreen-screen.json");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config));
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(width)
                   .arg(height)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toLocal8Bit());
}

bool createKagaDatabase(const QString& path)
{
    Database db;
    Status st = db.create(path);
    if (st)
        st = SampleLoader::load(db, QStringLiteral("kaga"));
    if (!st)
        qWarning("%s", qPrintable(st.fullText()));
    return st.ok();
}

QString dataFile(const QString& name)
{
    return QStringLiteral(RENKEI_TEST_DATA_DIR) + u'/' + name;
}

} // namespace TestEnvironment
