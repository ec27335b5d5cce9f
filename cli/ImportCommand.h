#pragma once

#include "cli/Command.h"

// import KIND FILE [--sheet NAME] [--dry-run]: all or nothing, every problem located by file, row and column.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return QStringLiteral("import organisations|people|events|attendance FILE [--sheet NAME] [--dry-run]");
    }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
