#include "export/CountsExport.h"

#include "csv/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "store/SettingsStore.h"
#include "text/TextCodec.h"

#include <QDir>
#include <QSaveFile>

namespace {
// The first character of text that CP932 cannot hold; an empty string if there is none.
QString firstUnencodable(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        if (!TextCodec::encode(one, TextCodec::Encoding::Cp932, false, nullptr))
            return one;
    }
    return QString();
}
} // namespace

// Says which cell holds a character CP932 lacks, in the words of the table rather than of the file.
std::optional<QString> CountsExport::unencodableCell(const CountSheet& sheet)
{
    QList<QVariantList> cells{QVariantList(sheet.header.cbegin(), sheet.header.cend())};
    cells << sheet.rows;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        for (qsizetype c = 0; c < cells.at(r).size(); ++c) {
            const QString bad = firstUnencodable(cells.at(r).at(c).toString());
            if (bad.isEmpty())
                continue;
            return tr("The character “%1” (U+%2) in row %3, column %4 (%5) cannot be written in CP932. "
                      "Replace it, or save as UTF-8 or Excel.")
                .arg(bad, QString::number(bad.toUcs4().value(0), 16).toUpper().rightJustified(4, u'0'))
                .arg(r + 1)
                .arg(c + 1)
                .arg(sheet.header.value(c));
        }
    }
    return std::nullopt;
}

Status CountsExport::write(const Database& db, const FiscalYear& year, Kind kind, Format format,
                           const QString& path)
{
    Status status;
    const auto bytes = toBytes(db, year, kind, format, &status);
    return bytes ? save(path, *bytes) : status;
}

std::optional<QByteArray> CountsExport::toBytes(const Database& db, const FiscalYear& year, Kind kind,
                                                Format format, Status* status)
{
    const CountSheetBuilder builder(db);
    if (format != Format::Xlsx) {
        const auto sheet = builder.build(year, kind, status);
        return sheet ? csvBytes(*sheet, format, status) : std::nullopt;
    }
    QList<CountSheet> sheets;
    for (const Kind k : CountSheetBuilder::kinds()) {
        const auto sheet = builder.build(year, k, status);
        if (!sheet)
            return std::nullopt;
        sheets << *sheet;
    }
    const Result<QString> council = SettingsStore(db).value(SettingsStore::CouncilName);
    if (!council) {
        if (status)
            *status = council.status();
        return std::nullopt;
    }
    const QString heading = *council + u' ' + year.label();
    return XlsxWriter::toBytes(heading.trimmed(), sheets, CountSheetBuilder::kinds().indexOf(kind), status);
}

std::optional<QByteArray> CountsExport::csvBytes(const CountSheet& sheet, Format format, Status* status)
{
    const auto encoding = format == Format::CsvCp932 ? TextCodec::Encoding::Cp932 : TextCodec::Encoding::Utf8;
    CsvWriter writer;
    writer.addTextRow(sheet.header);
    for (const QVariantList& row : sheet.rows)
        writer.addRow(row);
    QString error;
    const auto bytes = TextCodec::encode(writer.text(), encoding, true, &error);
    if (bytes) {
        if (status)
            *status = Status::success();
        return bytes;
    }
    if (const auto where = unencodableCell(sheet))
        error = *where;
    if (status)
        *status = Status::failure(error);
    return std::nullopt;
}

Status CountsExport::save(const QString& path, const QByteArray& bytes)
{
    // QSaveFile writes a temporary file in the same folder and renames it over the target only
    // when everything was written: a full disk or a read-only folder leaves nothing half-written.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return Status::success();
    const QString reason = file.errorString();
    file.cancelWriting();
    return Status::failure(tr("“%1” could not be saved. Check that the folder can be written to and that "
                              "the disk is not full.")
                               .arg(QDir::toNativeSeparators(path)),
                           reason);
}
