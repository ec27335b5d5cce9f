#pragma once

#include "cli/Command.h"

// counts --fiscal-year Y [--by KIND] [--format csv|json|xlsx] [--encoding utf-8|cp932] [-o FILE]
class CountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CountsCommand)

public:
    QString name() const override { return QStringLiteral("counts"); }
    QString synopsis() const override
    {
        return QStringLiteral("counts --fiscal-year Y "
                              "[--by event|event-profession|profession|profession-group|organisation] "
                              "[--format csv|json|xlsx] [--encoding utf-8|cp932] [-o FILE]");
    }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
