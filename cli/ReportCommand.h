#pragma once

#include "cli/Command.h"

// report --fiscal-year Y --format pdf|docx|odt|html -o FILE
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override
    {
        return QStringLiteral("report --fiscal-year Y [--format pdf|docx|odt|html] -o FILE");
    }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
