#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

// The parts of a zip archive (an .xlsx is one), read with minizip — zlib's, which libxlsxwriter
// also uses. QuaZip cannot be used here: it exports minizip's functions under the same names,
// and loaded beside libxlsxwriter it takes over libxlsxwriter's zip calls, which then crash.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static bool looksLikeZip(const QString& path);
    // nullptr when the file is not a readable zip archive.
    static std::unique_ptr<ZipArchive> open(const QString& path);

    bool contains(const QString& name) const;
    // The whole part, its CRC checked; nullopt and a message naming file and part on error.
    std::optional<QByteArray> read(const QString& name, QString* error) const;

private:
    ZipArchive() = default;
    struct Closer
    {
        void operator()(void* zip) const;
    };
    std::unique_ptr<void, Closer> m_zip;
    QString m_fileName;
};
