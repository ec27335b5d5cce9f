#pragma once

#include <QString>

#include <functional>
#include <vector>

class QTextStream;

// The timings of a benchmark run, printed as a Markdown table of medians. A benchmark, not a
// test: it never fails on a slow figure, it marks it.
class BenchTable
{
public:
    BenchTable(int runs, double budgetMs) : m_runs(runs), m_budgetMs(budgetMs) {}

    // Runs `body` once to warm up (caches, prepared statements, first-time ICU loading), then
    // up to `runs` timed times (at least 3, fewer than `runs` when the budget is spent).
    // `body` returns the number of rows it produced. The SQL statements of the last run are
    // counted (QueryCounter: every connection Database opens, on this thread) and printed
    // beside the time.
    // `expected` (when ≥ 0) is the number of rows a correct answer has, counted independently;
    // a different count is marked in the table.
    void measure(const QString& name, double limitMs, const std::function<qint64()>& body,
                 qint64 expected = -1);
    // Adds timings taken elsewhere (e.g. one series per step of a repeated scenario).
    // `queries` < 0: not counted.
    void add(const QString& name, double limitMs, qint64 rows, const std::vector<double>& ms, qint64 queries = -1);

    void print(QTextStream& out) const;

    static double median(std::vector<double> v);
    static QString formatMs(double ms);
    // "AMD EPYC …, 2 cores, Debian GNU/Linux 12 (bookworm); Qt 6.4.2": the machine line.
    static QString machine();

private:
    struct Result
    {
        QString name;
        qint64 rows = 0;
        std::vector<double> ms;
        double limitMs = 0;   // 0: no target
        qint64 expected = -1; // rows a correct answer has; -1: not checked
        qint64 queries = -1;  // statements of one run; -1: not counted
    };

    int m_runs;
    double m_budgetMs;
    std::vector<Result> m_results;
};
