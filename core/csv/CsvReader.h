#pragma once

#include "text/TextCodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One CSV record and the physical line (1-based) it starts on, so that import errors can
// say "line 12" and the user finds the row in a text editor (a quoted cell with a line
// break makes record numbers and line numbers differ).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV as Excel writes it: comma-separated, fields optionally in double quotes,
// "" for a quote inside quotes, line breaks allowed inside quoted fields, CRLF or LF line
// ends. Empty lines are skipped. Malformed input is an error naming line and column rather
// than a best guess, because a shifted column silently puts a phone number into a name.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Parses text (a leading BOM is ignored). Line breaks inside quoted fields come back as
    // "\n" whatever the file used.
    static std::optional<QList<CsvRecord>> parse(const QString& text, QString* error);

    // Reads a file, detects its encoding (UTF-8 with/without BOM or CP932) and parses it.
    // Every error message names the file.
    static std::optional<QList<CsvRecord>> readFile(const QString& path, TextCodec::Encoding* detected,
                                                    QString* error);
};
