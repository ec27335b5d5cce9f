#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

#include <optional>

// One renkei-cli subcommand. Output goes to the devices handed in, so tests read a QBuffer.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum Exit { Success = 0, DataError = 1, UsageError = 2 };
    struct Io
    {
        QIODevice& out;
        QIODevice& err;
    };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;    // "init [--sample NAME]"
    virtual QString description() const = 0; // one line
    virtual int run(const QStringList& args, const QString& databasePath, Io& io) = 0;

protected:
    static void print(QIODevice& device, const QString& text);
    int usageError(Io& io, const QString& message) const;
    static int failure(Io& io, const Status& status);
    // Parses `args` (without the command name); on error prints usage and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args, Io& io, int positionals) const;
    // Writes `bytes` to `path` atomically, or to standard output when `path` is empty.
    static int writeOutput(Io& io, const QString& path, const QByteArray& bytes);
    static QCommandLineOption outputOption();
    static QCommandLineOption formatOption(const QString& formats);
    static QCommandLineOption fiscalYearOption();
    // The fiscal year given with fiscalYearOption(); when it is missing or not a fiscal year,
    // prints a usage error and returns none (the command then exits with UsageError).
    std::optional<FiscalYear> requiredFiscalYear(const QCommandLineParser& parser, Io& io) const;
};
