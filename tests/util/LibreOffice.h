#pragma once

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStringList>

// LibreOffice headless, for tests that check documents as an office suite shows them.
namespace LibreOffice {

// Converts `files` to PDF in `outDir`, with a profile and a home of its own under `workDir`
// (never the user's settings). False, with a warning, if soffice is missing or fails.
inline bool convertToPdf(const QStringList& files, const QString& outDir, const QString& workDir)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        qWarning() << "soffice (libreoffice-writer-nogui, in .ci/packages.txt) is not installed";
        return false;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir(workDir).filePath(QStringLiteral("lo-home")));
    process.setProcessEnvironment(env);
    process.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                           QDir(workDir).filePath(QStringLiteral("lo-profile")),
                                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                       QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir} +
                               files);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "soffice failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace LibreOffice
