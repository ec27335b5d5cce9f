#pragma once

#include "cli/Command.h"

// export KIND [--format csv|json|xlsx] [--encoding utf-8|cp932] [-o FILE]: the same columns the importer reads.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return QStringLiteral("export organisations|people|events|attendance [--format csv|json|xlsx] [--encoding utf-8|cp932] [-o FILE]");
    }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
