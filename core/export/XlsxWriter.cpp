#include "export/XlsxWriter.h"

#include "csv/CsvWriter.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <unicode/uchar.h>
#include <xlsxwriter.h>

#include <algorithm>

namespace {
constexpr lxw_row_t TitleRow = 0;
constexpr lxw_row_t HeaderRow = 2;
constexpr uint8_t PaperA4 = 9;
constexpr int MinimumWidth = 6;
constexpr int MaximumWidth = 60;

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* total = nullptr;
    lxw_format* date = nullptr;
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.total = workbook_add_format(workbook);
    format_set_bold(f.total);
    format_set_top(f.total, LXW_BORDER_THIN);
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "yyyy-mm-dd");
    return f;
}

int cellWidth(const QVariant& cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return 10;
    return XlsxWriter::displayWidth(cell.toString());
}

bool isNumber(const QVariant& cell)
{
    return cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong ||
           cell.typeId() == QMetaType::Double;
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QVariant& cell,
                    lxw_format* format, lxw_format* dateFormat)
{
    if (!cell.isValid() || cell.isNull())
        return format ? worksheet_write_blank(sheet, row, col, format) : LXW_NO_ERROR;
    if (isNumber(cell))
        return worksheet_write_number(sheet, row, col, cell.toDouble(), format);
    if (cell.typeId() == QMetaType::QDate) {
        const QDate d = cell.toDate();
        lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
        return worksheet_write_datetime(sheet, row, col, &when, dateFormat);
    }
    return worksheet_write_string(sheet, row, col,
                                  CsvWriter::neutraliseFormula(cell.toString()).toUtf8().constData(), format);
}

// A sheet with a title row above the header (counts), or with the header in the first row
// (records exported for a round trip through Excel, which the importer reads from row 1).
lxw_error writeSheet(lxw_workbook* workbook, const Formats& formats, const QString& heading,
                     const CountSheet& data, bool titled, lxw_worksheet** added)
{
    const lxw_row_t headerRow = titled ? HeaderRow : 0;
    const lxw_row_t firstDataRow = headerRow + 1;
    const QByteArray name = data.name.left(31).toUtf8();
    if (const lxw_error invalid = workbook_validate_sheet_name(workbook, name.constData()))
        return invalid;
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    *added = sheet;
    if (!sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    worksheet_set_paper(sheet, PaperA4);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
    lxw_error error = titled ? worksheet_write_string(sheet, TitleRow, 0,
                                                      CsvWriter::neutraliseFormula(heading + u' ' + data.title).toUtf8().constData(),
                                                      formats.title)
                             : LXW_NO_ERROR;

    QList<int> widths(data.header.size(), MinimumWidth);
    for (qsizetype c = 0; c < data.header.size() && !error; ++c) {
        error = writeCell(sheet, headerRow, lxw_col_t(c), data.header.at(c), formats.header, nullptr);
        widths[c] = std::max(widths.at(c), XlsxWriter::displayWidth(data.header.at(c)));
    }
    const qsizetype firstTotal = data.rows.size() - data.totalRows;
    for (qsizetype r = 0; r < data.rows.size() && !error; ++r) {
        const QVariantList& row = data.rows.at(r);
        const bool total = r >= firstTotal;
        for (qsizetype c = 0; c < row.size() && !error; ++c) {
            error = writeCell(sheet, lxw_row_t(firstDataRow + r), lxw_col_t(c), row.at(c),
                              total ? formats.total : nullptr, formats.date);
            if (c < widths.size())
                widths[c] = std::max(widths.at(c), cellWidth(row.at(c)));
        }
    }
    for (qsizetype c = 0; c < widths.size() && !error; ++c)
        error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                     std::min(widths.at(c) + 2, MaximumWidth), nullptr);
    worksheet_freeze_panes(sheet, firstDataRow, lxw_col_t(data.frozenColumns));
    return error;
}
} // namespace

int XlsxWriter::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto eaw = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
        width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

std::optional<QByteArray> XlsxWriter::toBytes(const QString& heading, const QList<CountSheet>& sheets,
                                              qsizetype activeSheet, Status* status)
{
    return write(heading, sheets, activeSheet, true, status);
}

std::optional<QByteArray> XlsxWriter::tableToBytes(const CountSheet& sheet, Status* status)
{
    return write(QString(), {sheet}, 0, false, status);
}

std::optional<QByteArray> XlsxWriter::write(const QString& heading, const QList<CountSheet>& sheets,
                                            qsizetype activeSheet, bool titled, Status* status)
{
    const auto fail = [status](const QString& detail) -> std::optional<QByteArray> {
        if (status)
            *status = Status::failure(tr("The Excel workbook could not be made."), detail);
        return std::nullopt;
    };
    // libxlsxwriter writes to a file name; the caller saves the bytes safely where the user chose.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(dir.errorString());
    const QString path = dir.filePath(QStringLiteral("counts.xlsx"));
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return fail(QStringLiteral("workbook_new_opt"));
    const Formats formats = addFormats(workbook);
    lxw_error error = LXW_NO_ERROR;
    for (qsizetype i = 0; i < sheets.size() && !error; ++i) {
        lxw_worksheet* sheet = nullptr;
        error = writeSheet(workbook, formats, heading, sheets.at(i), titled, &sheet);
        if (sheet && i == activeSheet)
            worksheet_activate(sheet);
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happened
    if (error || closed)
        return fail(QString::fromUtf8(lxw_strerror(error ? error : closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (status)
        *status = Status::success();
    return file.readAll();
}
