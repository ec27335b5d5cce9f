#include "io/SourceTable.h"

#include "csv/CsvReader.h"
#include "xlsx/XlsxReader.h"

#include <QFileInfo>

namespace {
bool blank(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString& s) { return s.trimmed().isEmpty(); });
}
} // namespace

bool SourceTable::isWorkbookFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return XlsxReader::looksLikeZip(path) || suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

QString SourceTable::columnLabel(int column) const
{
    return isWorkbook() ? XlsxReader::columnName(column) : QString::number(column + 1);
}

QString SourceTable::place() const
{
    //: A file and one of its sheets: "members.xlsx, sheet “名簿”".
    return isWorkbook() ? tr("%1, sheet “%2”").arg(fileName, sheet) : fileName;
}

std::optional<QStringList> SourceTable::sheetNames(const QString& path, QString* error)
{
    if (!isWorkbookFile(path))
        return QStringList();
    const auto reader = XlsxReader::open(path, error);
    if (!reader)
        return std::nullopt;
    return reader->sheetNames();
}

std::optional<SourceTable> SourceTable::read(const QString& path, const QString& sheet, QStringList* errors)
{
    SourceTable table;
    table.fileName = QFileInfo(path).fileName();
    QString error;
    QList<std::pair<int, QStringList>> records; // line or row number, cells
    if (isWorkbookFile(path)) {
        const auto reader = XlsxReader::open(path, &error);
        if (!reader) {
            errors->append(error);
            return std::nullopt;
        }
        table.sheet = sheet.isEmpty() ? reader->sheetNames().first() : sheet;
        const auto rows = reader->readSheet(table.sheet, &error);
        if (!rows) {
            errors->append(error);
            return std::nullopt;
        }
        for (const XlsxRow& row : *rows)
            records.append({row.number, row.cells});
        table.description = tr("Excel, sheet “%1”").arg(table.sheet);
    } else {
        TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
        const auto csv = CsvReader::readFile(path, &encoding, &error);
        if (!csv) {
            errors->append(error);
            return std::nullopt;
        }
        for (const CsvRecord& record : *csv)
            records.append({record.line, record.fields});
        table.description = TextCodec::encodingName(encoding);
    }
    while (!records.isEmpty() && blank(records.first().second))
        records.removeFirst();
    if (records.isEmpty()) {
        errors->append(QCoreApplication::translate("ImportTable", "%1: the file is empty; the first row must name the columns.")
                           .arg(table.place()));
        return std::nullopt;
    }
    table.headerLine = records.first().first;
    table.header = records.first().second;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const auto& [line, cells] = records.at(i);
        if (blank(cells))
            continue; // Excel leaves rows of empty cells behind
        if (!table.isWorkbook() && cells.size() > table.header.size()) {
            errors->append(QCoreApplication::translate("ImportTable",
                                                       "%1, row %2, column %3: %4 values, but the header has only %5 columns.")
                               .arg(table.fileName)
                               .arg(line)
                               .arg(table.header.size() + 1)
                               .arg(cells.size())
                               .arg(table.header.size()));
            continue;
        }
        table.rows << cells;
        table.lines << line;
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return table;
}
