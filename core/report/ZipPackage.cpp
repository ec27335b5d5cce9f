#include "report/ZipPackage.h"

#include <QBuffer>
#include <QDateTime>
#include <QDebug>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace ZipPackage {

QByteArray write(const QList<Entry>& entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    // Sizes and CRC in the local headers (no data descriptors): what ODF asks for the mimetype.
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        qWarning() << "QuaZip cannot create a package:" << zip.getZipError();
        return QByteArray();
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const Entry& e : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(e.name);
        info.dateTime = now;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, e.stored ? 0 : Z_DEFLATED) ||
            file.write(e.data) != e.data.size()) {
            qWarning() << "QuaZip cannot write" << e.name << file.getZipError();
            return QByteArray();
        }
        file.close();
        if (file.getZipError() != 0) {
            qWarning() << "QuaZip cannot close" << e.name << file.getZipError();
            return QByteArray();
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        qWarning() << "QuaZip cannot finish the package:" << zip.getZipError();
        return QByteArray();
    }
    return bytes;
}

} // namespace ZipPackage
