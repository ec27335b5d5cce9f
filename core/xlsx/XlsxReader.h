#pragma once

#include "xlsx/XlsxNumberFormat.h"
#include "xlsx/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>


// One row of a worksheet as text: the row number Excel shows (1-based) and the cells from
// column A on, gaps filled with empty strings.
struct XlsxRow
{
    int number = 0;
    QStringList cells;
};

// Reads the cells of an Office Open XML workbook (.xlsx) as text, the way a clerk sees them:
// shared and inline strings (rich text runs joined, phonetic guides left out), numbers without a
// trailing ".0", booleans, and numbers formatted as dates or times (by the cell's number format)
// as ISO dates "2024-12-12" and times "19:00", so the CSV path's parsers understand them.
// The zip is read by ZipArchive (minizip), the XML with QXmlStreamReader. Every error names the file, and
// the sheet, row and column when there is one.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    ~XlsxReader();
    XlsxReader(XlsxReader&&) noexcept;
    XlsxReader& operator=(XlsxReader&&) noexcept;

    // True when the file starts like a zip archive (every .xlsx does).
    static bool looksLikeZip(const QString& path);

    static std::optional<XlsxReader> open(const QString& path, QString* error);

    QStringList sheetNames() const;
    // The rows of a sheet that hold at least one non-empty cell; nullopt and a located message on error.
    std::optional<QList<XlsxRow>> readSheet(const QString& name, QString* error) const;

    // "B" for column index 1; "AA" for 26.
    static QString columnName(int index);

private:
    XlsxReader();
    struct Sheet
    {
        QString name;
        QString entry; // path inside the zip
    };

    bool load(QString* error);
    std::optional<QByteArray> entry(const QString& name, QString* error) const;
    bool readRelationships(const QString& relsEntry, QHash<QString, std::pair<QString, QString>>* rels,
                           QString* error) const;
    bool readWorkbook(const QString& entryName, QString* error);
    bool readSharedStrings(const QString& entryName, QString* error);
    bool readStyles(const QString& entryName, QString* error);
    QString cellText(const QString& type, const QString& raw, int style, bool* ok) const;
    QString xmlError(const QString& part, qint64 line, qint64 column, const QString& detail) const;

    QString m_path;
    QString m_fileName;
    bool has(const QString& entryName) const;
    std::unique_ptr<ZipArchive> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<XlsxNumberFormat::Kind> m_styleKinds; // by cellXfs index
    bool m_date1904 = false;
};
