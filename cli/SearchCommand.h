#pragma once

#include "cli/Command.h"

// search TEXT: people, organisations and events whose folded text contains TEXT.
class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search TEXT"); }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
