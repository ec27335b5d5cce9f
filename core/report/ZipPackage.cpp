#include "report/ZipPackage.h"

#include <QDebug>

#include <zip.h>

namespace ZipPackage {

namespace {
QByteArray fail(const char* what, zip_error_t* error)
{
    qWarning() << "libzip:" << what << zip_error_strerror(error);
    return QByteArray();
}
} // namespace

QByteArray write(const QList<Entry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target)
        return fail("cannot create a buffer", &error);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(target);
        return fail("cannot create a package", &error);
    }
    zip_source_keep(target); // read back after zip_close
    const auto abandon = [&](const char* what) {
        const QByteArray result = fail(what, zip_get_error(archive));
        zip_discard(archive);
        zip_source_free(target);
        return result;
    };
    for (const Entry& e : entries) {
        // `entries` outlives zip_close, so libzip may read the data in place.
        zip_source_t* source = zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        if (!source)
            return abandon("cannot take an entry");
        const zip_int64_t index = zip_file_add(archive, e.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return abandon("cannot add an entry");
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) != 0)
            return abandon("cannot set the compression");
    }
    if (zip_close(archive) != 0)
        return abandon("cannot write the package");

    QByteArray bytes;
    zip_stat_t stat;
    if (zip_source_stat(target, &stat) == 0 && zip_source_open(target) == 0) {
        bytes.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(target, bytes.data(), stat.size);
        zip_source_close(target);
        if (read != zip_int64_t(stat.size))
            bytes.clear();
    }
    if (bytes.isEmpty())
        qWarning() << "libzip: cannot read the package back:" << zip_error_strerror(zip_source_error(target));
    zip_source_free(target);
    return bytes;
}

} // namespace ZipPackage
