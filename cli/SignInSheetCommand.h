#pragma once

#include "cli/Command.h"

// sign-in-sheet --event ID -o FILE.pdf
class SignInSheetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheetCommand)

public:
    QString name() const override { return QStringLiteral("sign-in-sheet"); }
    QString synopsis() const override { return QStringLiteral("sign-in-sheet --event ID -o FILE.pdf"); }
    QString description() const override;
    int run(const QStringList& args, const ConnectionSpec& where, Io& io) override;
};
