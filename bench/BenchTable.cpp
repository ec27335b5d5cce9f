#include "BenchTable.h"

#include "db/QueryCounter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

void BenchTable::measure(const QString& name, double limitMs, const std::function<qint64()>& body,
                         qint64 expected)
{
    Result r;
    r.name = name;
    r.limitMs = limitMs;
    r.expected = expected;
    r.rows = body();
    double spent = 0;
    QElapsedTimer timer;
    for (int i = 0; i < m_runs && (i < 3 || spent < m_budgetMs); ++i) {
        const QueryCounter queries;
        timer.start();
        r.rows = body();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        r.queries = queries.count();
        r.ms.push_back(ms);
        spent += ms;
    }
    QTextStream(stderr) << "  " << name << ": " << formatMs(median(r.ms)) << " ms, " << r.queries << " queries\n";
    m_results.push_back(r);
}

void BenchTable::add(const QString& name, double limitMs, qint64 rows, const std::vector<double>& ms, qint64 queries)
{
    Result r;
    r.name = name;
    r.limitMs = limitMs;
    r.rows = rows;
    r.ms = ms;
    r.queries = queries;
    QTextStream(stderr) << "  " << name << ": " << formatMs(median(r.ms)) << " ms\n";
    m_results.push_back(r);
}

double BenchTable::median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString BenchTable::formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : ms < 100 ? 1 : 0);
}

void BenchTable::print(QTextStream& out) const
{
    out << "| Measurement | Rows | Median ms | Min ms | Max ms | Runs | Queries | Target |\n";
    out << "|---|--:|--:|--:|--:|--:|--:|---|\n";
    for (const Result& r : m_results) {
        if (r.ms.empty())
            continue;
        const double med = median(r.ms);
        QString target = QStringLiteral("–");
        if (r.limitMs > 0)
            target = QStringLiteral("< %1 ms %2")
                         .arg(r.limitMs)
                         .arg(med < r.limitMs ? QStringLiteral("✓") : QStringLiteral("**SLOW**"));
        const QString rows = r.expected < 0 || r.expected == r.rows
                                 ? QString::number(r.rows)
                                 : QStringLiteral("**%1, expected %2**").arg(r.rows).arg(r.expected);
        out << "| " << r.name << " | " << rows << " | " << formatMs(med) << " | "
            << formatMs(*std::min_element(r.ms.begin(), r.ms.end())) << " | "
            << formatMs(*std::max_element(r.ms.begin(), r.ms.end())) << " | " << r.ms.size() << " | "
            << (r.queries < 0 ? QStringLiteral("–") : QString::number(r.queries)) << " | " << target << " |\n";
    }
}

QString BenchTable::machine()
{
    QString cpu = QSysInfo::currentCpuArchitecture();
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    return QStringLiteral("%1, %2 cores, %3; Qt %4")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}
