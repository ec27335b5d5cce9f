#pragma once

#include "Status.h"

#include <QString>
#include <QStringList>

// Writes a large, plausible Renkei database for benchmarks: a new database with the Kaga
// sample, then organisations, people, events, attendance, headcounts, programmes and
// memberships drawn from a seeded generator (the same seed gives the same file contents).
// Everything is written in one transaction with prepared statements straight into the tables
// (not through the stores, which check and guard each row), search keys included.
class DataGenerator
{
public:
    struct Options
    {
        int organisations = 2000;
        int people = 50000;
        int events = 5000;
        int attendance = 500000;
        quint64 seed = 1;
    };

    explicit DataGenerator(const Options& options) : m_options(options) {}

    // Creates `path` (which must not exist or be empty). `log` receives one line per step.
    Status generate(const QString& path, QStringList* log);

private:
    Options m_options;
};
