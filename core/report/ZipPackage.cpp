#include "report/ZipPackage.h"

#include <QDebug>
#include <QFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

namespace ZipPackage {

QByteArray write(const QList<Entry>& entries)
{
    // minizip writes to a path; the package is built in a private folder and read back whole.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        qWarning() << "minizip: no temporary folder for the package:" << dir.errorString();
        return QByteArray();
    }
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("package.zip")));
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        qWarning() << "minizip: cannot create the package";
        return QByteArray();
    }
    bool ok = true;
    for (const Entry& e : entries) {
        zip_fileinfo info{};
        info.tmz_date.tm_year = 1980; // a fixed date: the same report gives the same bytes
        const int method = e.stored ? 0 : Z_DEFLATED;
        const int level = e.stored ? 0 : Z_DEFAULT_COMPRESSION;
        ok = zipOpenNewFileInZip64(zip, e.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                   level, 0) == ZIP_OK
             && zipWriteInFileInZip(zip, e.data.constData(), unsigned(e.data.size())) == ZIP_OK;
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
        if (!ok) {
            qWarning() << "minizip: cannot add" << e.name;
            break;
        }
    }
    ok = zipClose(zip, nullptr) == ZIP_OK && ok;
    if (!ok)
        return QByteArray();
    QFile file(dir.filePath(QStringLiteral("package.zip")));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "minizip: cannot read the package back:" << file.errorString();
        return QByteArray();
    }
    return file.readAll();
}

} // namespace ZipPackage
