#pragma once

#include "Status.h"
#include "export/CountSheet.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// Turns count sheets into one Excel workbook (libxlsxwriter): a title row, a bold frozen header,
// numbers as numeric cells, dates as date cells, columns wide enough for Japanese text, A4 pages.
// Text is always written as a string, never as a formula, and neutralised like CSV (OWASP).
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // The workbook's bytes; each sheet's title row reads "<heading> <sheet title>".
    // activeSheet is the tab Excel opens on.
    static std::optional<QByteArray> toBytes(const QString& heading, const QList<CountSheet>& sheets,
                                             qsizetype activeSheet, Status* status);

    // One sheet with its header in the first row (no title row): records in the importer's
    // columns, so that the workbook can be imported again.
    static std::optional<QByteArray> tableToBytes(const CountSheet& sheet, Status* status);

    // Width in Excel's column units: East Asian wide and full-width characters count 2.
    static int displayWidth(const QString& text);

private:
    static std::optional<QByteArray> write(const QString& heading, const QList<CountSheet>& sheets,
                                           qsizetype activeSheet, bool titled, Status* status);
};
