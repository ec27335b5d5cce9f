#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

// renkei-cli: global options (--db FILE, --help, --version), then one subcommand.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    // `arguments` without the program name. Returns the process exit code.
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
    QString help() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
