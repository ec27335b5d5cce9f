#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A zip package as office documents are (DOCX, ODT), written through zlib's minizip (the library
// libxlsxwriter itself uses, and the .xlsx reader too): entries in the order given, each deflated
// unless stored (ODT's mimetype must come first, stored).
// Not QuaZip: libquazip exports minizip's function names (zipOpen…) with other arguments, and
// libxlsxwriter, in the same program, calls the real minizip ones; whichever library the dynamic
// linker finds first, one of the two crashes or hangs.
namespace ZipPackage {
struct Entry
{
    QString name;
    QByteArray data;
    bool stored = false;
};
// The package's bytes; empty (with a warning) if it cannot be made.
QByteArray write(const QList<Entry>& entries);
} // namespace ZipPackage
