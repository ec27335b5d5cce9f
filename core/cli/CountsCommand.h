#pragma once

#include "cli/Command.h"

// counts --fiscal-year Y [--by event|profession|profession-group|organisation] [--format csv|json] [-o FILE]
class CountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CountsCommand)

public:
    QString name() const override { return QStringLiteral("counts"); }
    QString synopsis() const override
    {
        return QStringLiteral("counts --fiscal-year Y [--by event|profession|profession-group|organisation] "
                              "[--format csv|json] [-o FILE]");
    }
    QString description() const override;
    int run(const QStringList& args, const QString& databasePath, Io& io) override;
};
