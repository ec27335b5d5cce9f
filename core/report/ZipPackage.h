#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A zip package as office documents are (DOCX, ODT), written through QuaZip: entries in the
// order given, each deflated unless it is stored (ODT's mimetype must come first, stored).
namespace ZipPackage {
struct Entry
{
    QString name;
    QByteArray data;
    bool stored = false;
};
// The package's bytes; empty if QuaZip fails.
QByteArray write(const QList<Entry>& entries);
} // namespace ZipPackage
