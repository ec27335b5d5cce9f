#include "cli/Cli.h"

#include "AppPaths.h"
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CountsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SearchCommand.h"
#include "cli/SignInSheetCommand.h"

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<CountsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<SignInSheetCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
}

QString Cli::help() const
{
    QString text = tr("Usage: renkei-cli [--db FILE] COMMAND ...\n"
                      "FILE defaults to the window's database (%1); the environment variable RENKEI_DB "
                      "overrides it.\n\nCommands:\n")
                       .arg(AppPaths::defaultDatabasePath());
    for (const auto& c : m_commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c->synopsis(), c->description());
    text += tr("\nExit status: 0 success, 1 data or validation error, 2 usage error.\n");
    return text;
}

int Cli::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QString connection = AppPaths::defaultDatabasePath();
    const auto usage = [&](const QString& message) {
        err.write((message + u'\n' + tr("Run \"renkei-cli --help\" for the commands.") + u'\n').toUtf8());
        return int(Command::UsageError);
    };
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--db")) {
            if (++i >= arguments.size())
                return usage(tr("--db needs a file name."));
            connection = arguments.at(i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            connection = arg.mid(5);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("help")) {
            out.write(help().toUtf8());
            return Command::Success;
        } else if (arg == QLatin1String("--version")) {
            out.write(QStringLiteral("renkei-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
            return Command::Success;
        } else if (arg.startsWith(u'-')) {
            return usage(tr("Unknown option \"%1\".").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return usage(tr("No command given."));
    if (connection.isEmpty())
        return usage(tr("--db needs a file name."));
    const QString name = arguments.at(i);
    for (const auto& c : m_commands) {
        if (c->name() == name) {
            const Result<ConnectionSpec> where = ConnectionSpec::parse(connection);
            if (!where)
                return usage(where.status().fullText());
            Command::Io io{out, err};
            return c->run(arguments.mid(i + 1), *where, io);
        }
    }
    return usage(tr("Unknown command \"%1\".").arg(name));
}
