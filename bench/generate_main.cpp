// renkei-generate: writes a large, plausible Renkei database for benchmarks.
//   renkei-generate --people 50000 --events 5000 --attendance 500000 -o FILE [--seed N] [--force]

#include "DataGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {
bool positive(const QCommandLineParser& parser, const QCommandLineOption& option, int* value,
              QTextStream& err)
{
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < 0) {
        err << "renkei-generate: --" << option.names().constLast() << " needs a number ≥ 0, not \""
            << parser.value(option) << "\"\n";
        return false;
    }
    *value = v;
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("renkei-generate"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a new Renkei database with the Kaga sample and a large amount of plausible generated data, "
        "for benchmarks. The same seed gives the same data."));
    parser.addHelpOption();
    const QCommandLineOption people(QStringList{QStringLiteral("people")}, QStringLiteral("People to add."),
                                    QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption events(QStringList{QStringLiteral("events")}, QStringLiteral("Events to add."),
                                    QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption attendance(
        QStringList{QStringLiteral("attendance")},
        QStringLiteral("Attendance rows to add (unique per event and person)."), QStringLiteral("N"),
        QStringLiteral("500000"));
    const QCommandLineOption organisations(QStringList{QStringLiteral("organisations")},
                                           QStringLiteral("Organisations to add (about)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringList{QStringLiteral("seed")}, QStringLiteral("Random seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The database file to create."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringList{QStringLiteral("force")},
                                   QStringLiteral("Replace FILE if it exists."));
    parser.addOptions({people, events, attendance, organisations, seed, output, force});
    parser.process(app);

    DataGenerator::Options options;
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        err << "renkei-generate: --seed needs a number\n";
        return 2;
    }
    if (!positive(parser, people, &options.people, err) || !positive(parser, events, &options.events, err) ||
        !positive(parser, attendance, &options.attendance, err) ||
        !positive(parser, organisations, &options.organisations, err))
        return 2;
    const QString path = parser.value(output);
    if (path.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << "renkei-generate: give the file to create with -o FILE\n";
        return 2;
    }
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(force)) {
            err << "renkei-generate: " << path << " exists; use --force to replace it\n";
            return 1;
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    QElapsedTimer timer;
    timer.start();
    QStringList log;
    const Status st = DataGenerator(options).generate(path, &log);
    for (const QString& line : log)
        out << line << '\n';
    if (!st) {
        err << "renkei-generate: " << st.fullText() << '\n';
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return 1;
    }
    out << "Wrote " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB) in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return 0;
}
