#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <QFile>

#include <minizip/zip.h>

#include <utility>

// Hand-written .xlsx workbooks for tests: the XML parts as Excel writes them (shared strings with
// rich text and phonetic runs, inline strings, styles with date formats), zipped with minizip.
namespace XlsxFixture {

struct Sheet
{
    QString name;
    QString rowsXml; // the content of <sheetData>
};

inline bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    QFile::remove(path);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, bytes] : entries) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// `sharedStrings`: the <si> elements; `numFmts`: <numFmt> elements; `cellXfs`: <xf> elements.
inline bool writeWorkbook(const QString& path, const QList<Sheet>& sheets, const QString& sharedStrings,
                          const QString& numFmts, const QString& cellXfs, bool date1904 = false)
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QString workbook = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%1\" xmlns:r=\"%2\">"
                                      "<workbookPr%3/><sheets>")
                           .arg(ns, rel, date1904 ? QStringLiteral(" date1904=\"1\"") : QString());
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QList<std::pair<QString, QByteArray>> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(sheets.at(i).name).arg(i + 1);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(i + 1)
                    .arg(rel);
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"%1\"><sheetData>%2"
                                       "</sheetData></worksheet>")
                            .arg(ns, sheets.at(i).rowsXml)
                            .toUtf8()});
    }
    workbook += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("<Relationship Id=\"rIdS\" Type=\"%1/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                           "<Relationship Id=\"rIdT\" Type=\"%1/styles\" Target=\"/xl/styles.xml\"/></Relationships>")
                .arg(rel);
    entries.append({QStringLiteral("[Content_Types].xml"),
                    QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                               "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")});
    entries.append({QStringLiteral("_rels/.rels"),
                    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                   "<Relationship Id=\"rId1\" Type=\"%1/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                   "</Relationships>")
                        .arg(rel)
                        .toUtf8()});
    entries.append({QStringLiteral("xl/workbook.xml"), workbook.toUtf8()});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8()});
    entries.append({QStringLiteral("xl/sharedStrings.xml"),
                    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"%1\">%2</sst>")
                        .arg(ns, sharedStrings)
                        .toUtf8()});
    entries.append({QStringLiteral("xl/styles.xml"),
                    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"%1\"><numFmts>%2</numFmts>"
                                   "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>%3</cellXfs></styleSheet>")
                        .arg(ns, numFmts, cellXfs)
                        .toUtf8()});
    return writeZip(path, entries);
}

// Inline-string cell: <c r="A1" t="inlineStr"><is><t>text</t></is></c>.
inline QString inlineCell(const QString& ref, const QString& text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text.toHtmlEscaped());
}

// A sheet of text rows in inline strings, row 1 first.
inline QString inlineRows(const QList<QStringList>& rows)
{
    QString xml;
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (!rows.at(r).at(c).isEmpty())
                xml += inlineCell(QString(QChar(u'A' + c)) + QString::number(r + 1), rows.at(r).at(c));
        xml += QStringLiteral("</row>");
    }
    return xml;
}

} // namespace XlsxFixture
