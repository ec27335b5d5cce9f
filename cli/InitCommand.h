#pragma once

#include "cli/Command.h"

// init [--sample NAME]: a new database, optionally filled with a bundled sample council.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init [--sample kaga]"); }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
