#pragma once

#include "Status.h"
#include "date/FiscalYear.h"
#include "db/ConnectionSpec.h"
#include "service/Council.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <optional>

// One renkei-cli subcommand. Output goes to the devices handed in, so tests read a QBuffer.
// A command is given where the council's records are (a ConnectionSpec), never a file path, and
// opens them through openRecords() or createRecords(), which report a failure to open alike for
// every command; so a server backend plugs into ConnectionSpec without touching the commands.
// The records come as a Council: a command works on them through its services() only, like the
// window (TestLayers holds cli/ to that).
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
    virtual int run(const QStringList& args, const ConnectionSpec& where, Io& io) = 0;

protected:
    // The records `where` describes, opened for reading unless `access` says otherwise, and with
    // every table and column Renkei needs (unless `AsFound`: check lists differences itself);
    // null after printing why they could not be opened (the command then exits with DataError).
    enum class Tables { MustMatch, AsFound };
    static std::unique_ptr<Council> openRecords(const ConnectionSpec& where, Io& io,
                                                 Database::Access access = Database::Access::ReadOnly,
                                                 Tables tables = Tables::MustMatch);
    // New records at `where`, filled with the sample council `sample` unless it is empty; null
    // after printing why (nothing is left behind).
    static std::unique_ptr<Council> createRecords(const ConnectionSpec& where, Io& io, const QString& sample);
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
