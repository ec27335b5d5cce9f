#pragma once

#include "cli/Cli.h"

#include <QBuffer>
#include <QString>
#include <QStringList>

// renkei-cli run in-process through Cli::run, standard output and error caught in buffers.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString text() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(code)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

inline CliRun cli(const QStringList& args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun r;
    r.code = Cli().run(args, out, err);
    r.out = out.data();
    r.err = err.data();
    return r;
}
