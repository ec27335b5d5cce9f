#include "ImportBench.h"

#include "BenchTable.h"

#include "db/Database.h"
#include "db/QueryCounter.h"
#include "io/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <vector>

namespace ImportBench {
namespace {

struct ChildResult
{
    double ms = 0;
    double cpuMs = 0; // user + system time of the import
    qint64 reads = 0;
    qint64 writes = 0;
    qint64 peakKiB = 0;
    qint64 rows = 0;
    qint64 people = 0;
    qint64 organisations = 0;
    qint64 attendance = 0;
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// User and system time of this process (`who` RUSAGE_SELF) or of its waited-for children.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

std::optional<ChildResult> runChild(const QString& csv, const QString& database)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import-child"), csv, database});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err() << "renkei-bench: the import of " << csv << " failed\n";
        return std::nullopt;
    }
    const QStringList f = QString::fromUtf8(p.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    if (f.size() != 9)
        return std::nullopt;
    ChildResult r;
    r.ms = f.at(0).toDouble();
    r.cpuMs = f.at(8).toDouble();
    r.reads = f.at(1).toLongLong();
    r.writes = f.at(2).toLongLong();
    r.peakKiB = f.at(3).toLongLong();
    r.rows = f.at(4).toLongLong();
    r.people = f.at(5).toLongLong();
    r.organisations = f.at(6).toLongLong();
    r.attendance = f.at(7).toLongLong();
    return r;
}

// `sqlite3 FILE ".import --csv CSV attendance"` into a new, empty file: the table is created from
// the header, every value stored as text. Milliseconds from start to exit, and of CPU.
std::optional<std::pair<double, double>> runSqlite3(const QString& sqlite3, const QString& csv, const QString& database)
{
    QFile::remove(database);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    p.start(sqlite3, {database, QStringLiteral(".import --csv %1 attendance").arg(csv)});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err() << "renkei-bench: sqlite3 .import of " << csv << " failed\n";
        return std::nullopt;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    return std::pair{wall, cpuMs(RUSAGE_CHILDREN) - cpuBefore};
}

QString thousands(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

int child(const QString& csv, const QString& database)
{
    QTextStream out(stdout);
    Database db;
    if (Status st = db.open(database); !st) {
        err() << st.fullText() << '\n';
        return 1;
    }
    ImportReport report;
    QueryCounter queries;
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    const Status st = Importer(db).run(Importer::Kind::Attendance, csv, false, &report);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
    if (!st) {
        err() << st.fullText() << '\n' << report.errors.mid(0, 5).join(u'\n') << '\n';
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage); // ru_maxrss in KiB on Linux
    out << ms << ' ' << queries.reads() << ' ' << queries.writes() << ' ' << usage.ru_maxrss << ' ' << report.rows << ' '
        << report.addedCounts.value(ImportReport::Record::Person) << ' '
        << report.addedCounts.value(ImportReport::Record::Organisation) << ' '
        << report.addedCounts.value(ImportReport::Record::Attendance) << ' ' << cpu << '\n';
    return 0;
}

bool run(const QList<ImportBenchData::Sizes>& sizes, int runs, QTextStream& out)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err() << "renkei-bench: the import benchmark compares with the sqlite3 program, which is not installed "
                 "(Debian package sqlite3, listed in .ci/packages.txt)\n";
        return false;
    }
    QTemporaryDir dir;
    out << "| Import of attendance (CSV → new database, `Importer`) | Rows | People, organisations created | "
           "Median ms | `sqlite3 .import` median ms | Ratio | CPU ms: Renkei / sqlite3 (ratio) | Peak memory | "
           "Queries: reads / writes | Runs | Target |\n"
        << "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n";
    bool ok = true;
    for (const ImportBenchData::Sizes& s : sizes) {
        const QString csv = dir.filePath(QStringLiteral("attendance-%1.csv").arg(s.rows));
        const QString source = dir.filePath(QStringLiteral("events-%1.renkei").arg(s.rows));
        err() << "Import benchmark: " << s.rows << " rows …\n";
        if (Status st = ImportBenchData::writeCsv(csv, s); !st) {
            err() << st.fullText() << '\n';
            return false;
        }
        if (Status st = ImportBenchData::createDatabase(source, s); !st) {
            err() << st.fullText() << '\n';
            return false;
        }
        std::vector<double> renkeiMs, sqliteMs, renkeiCpu, sqliteCpu;
        std::optional<ChildResult> last;
        qint64 peak = 0;
        // One warm-up of each (the file in the page cache), then the timed runs, alternating.
        for (int i = 0; i <= runs; ++i) {
            const QString target = dir.filePath(QStringLiteral("import-%1-%2.renkei").arg(s.rows).arg(i));
            if (!QFile::copy(source, target))
                return false;
            last = runChild(csv, target);
            const auto bare = runSqlite3(sqlite3, csv, dir.filePath(QStringLiteral("bare.sqlite")));
            QFile::remove(target);
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::remove(target + QStringLiteral("-shm"));
            if (!last || !bare)
                return false;
            if (i == 0)
                continue;
            renkeiMs.push_back(last->ms);
            sqliteMs.push_back(bare->first);
            renkeiCpu.push_back(last->cpuMs);
            sqliteCpu.push_back(bare->second);
            peak = std::max(peak, last->peakKiB);
        }
        const double renkei = BenchTable::median(renkeiMs);
        const double bare = BenchTable::median(sqliteMs);
        const double ratio = renkei / bare;
        const double peakMiB = double(peak) / 1024;
        const bool created = last->people == s.people && last->organisations == s.organisations
                             && last->attendance == s.rows;
        ok = ok && created;
        const bool met = ratio <= 3 && peakMiB <= 150;
        out << "| " << thousands(s.rows) << " rows, " << thousands(s.people) << " people in "
            << thousands(s.organisations) << " organisations | " << thousands(last->rows) << " | "
            << (created ? QString() : QStringLiteral("**"))
            << QStringLiteral("%1, %2").arg(thousands(last->people), thousands(last->organisations))
            << (created ? QString() : QStringLiteral(" (expected %1, %2)**").arg(s.people).arg(s.organisations))
            << " | " << BenchTable::formatMs(renkei) << " | " << BenchTable::formatMs(bare) << " | "
            << QString::number(ratio, 'f', 2) << "× | " << BenchTable::formatMs(BenchTable::median(renkeiCpu)) << " / "
            << BenchTable::formatMs(BenchTable::median(sqliteCpu)) << " ("
            << QString::number(BenchTable::median(renkeiCpu) / BenchTable::median(sqliteCpu), 'f', 2) << "×) | "
            << QString::number(peakMiB, 'f', 0) << " MiB | "
            << thousands(last->reads) << " / " << thousands(last->writes) << " | " << renkeiMs.size() << " | ≤ 3× sqlite3, ≤ 150 MiB "
            << (met ? QStringLiteral("✓") : QStringLiteral("**MISSED**")) << " |\n";
        out.flush();
    }
    return ok;
}

} // namespace ImportBench
