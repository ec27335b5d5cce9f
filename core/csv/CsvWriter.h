#pragma once

#include "text/TextCodec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Builds CSV text for Excel (RFC 4180, CRLF line ends) and writes it to disk safely.
// Text cells are protected against CSV injection (OWASP): a cell that Excel would take for
// a formula gets a leading apostrophe. Numbers are passed as numbers (addRow with int or
// double QVariants) so that they stay numbers and "-3" is not mistaken for an attack.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Quotes the field if it contains a comma, quote, CR or LF or starts/ends with white
    // space (which Excel and other readers may trim); quotes inside are doubled.
    static QString escapeField(const QString& field);

    // "'" + field if it starts with =, +, -, @, TAB or CR; otherwise the field unchanged.
    static QString neutraliseFormula(const QString& field);

    // Appends a record. Integer and floating-point QVariants are written as they are;
    // everything else is converted to text (dates as ISO 8601), neutralised and escaped.
    // A null QVariant is an empty cell.
    void addRow(const QVariantList& cells);
    // Convenience for a row of text cells (e.g. the header).
    void addTextRow(const QStringList& cells);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    void clear() { m_rows.clear(); }

    // All rows, each ended by CRLF (Excel's line end).
    QString text() const;

    // Encodes text and writes it atomically (QSaveFile): either the whole new file is there
    // or the old one is untouched. UTF-8 is written with a BOM, because Japanese Excel reads
    // UTF-8 without BOM as Shift_JIS and shows mojibake. Errors name the file.
    static bool writeFile(const QString& path, const QString& text, TextCodec::Encoding encoding,
                          QString* error);

private:
    QStringList m_rows;
};
