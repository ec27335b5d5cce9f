#include "xlsx/ZipArchive.h"

#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>

namespace {
constexpr qint64 MaxEntrySize = 512LL * 1024 * 1024;
} // namespace

void ZipArchive::Closer::operator()(void* zip) const
{
    unzClose(static_cast<unzFile>(zip));
}

bool ZipArchive::looksLikeZip(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QString& path)
{
    void* zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return nullptr;
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_zip.reset(zip);
    archive->m_fileName = QFileInfo(path).fileName();
    return archive;
}

bool ZipArchive::contains(const QString& name) const
{
    return unzLocateFile(static_cast<unzFile>(m_zip.get()), name.toUtf8().constData(), 1) == UNZ_OK;
}

std::optional<QByteArray> ZipArchive::read(const QString& name, QString* error) const
{
    if (!contains(name)) {
        *error = tr("%1: the part “%2” is missing from the workbook.").arg(m_fileName, name);
        return std::nullopt;
    }
    const auto zip = static_cast<unzFile>(m_zip.get());
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(zip) != UNZ_OK) {
        *error = tr("%1: the part “%2” cannot be unpacked; the file is damaged.").arg(m_fileName, name);
        return std::nullopt;
    }
    if (info.uncompressed_size > quint64(MaxEntrySize)) {
        unzCloseCurrentFile(zip);
        *error = tr("%1: the part “%2” is too large to be read.").arg(m_fileName, name);
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(info.uncompressed_size));
    char buffer[65536];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0 && bytes.size() <= MaxEntrySize)
        bytes.append(buffer, read);
    // Closing checks the CRC: a part whose bytes were damaged is refused here.
    const int closed = unzCloseCurrentFile(zip);
    if (read < 0 || closed != UNZ_OK || quint64(bytes.size()) != info.uncompressed_size) {
        *error = tr("%1: the part “%2” is damaged (error %3).").arg(m_fileName, name).arg(read < 0 ? read : closed);
        return std::nullopt;
    }
    return bytes;
}

