#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

// Excel refuses sheets beyond about a million rows; anything much larger than this is not
// a spreadsheet someone sent us, and reading it whole would only exhaust memory.
constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

} // namespace

std::optional<QList<CsvRecord>> CsvReader::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<QList<CsvRecord>> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QList<CsvRecord> records;
    // A sign-in record repeats its dates, titles, organisations and names on every row: equal
    // fields share one string (a file of 100,000 rows has 700,000 fields but a few ten thousand
    // different ones), which saves most of the memory and an allocation per field.
    QHash<QStringView, QString> distinct;
    const auto shared = [&distinct](QStringView field) -> QString {
        const auto found = distinct.constFind(field);
        if (found != distinct.cend())
            return *found;
        const QString copy = field.toString();
        distinct.insert(QStringView(copy), copy); // the key views the kept copy's characters
        return copy;
    };
    const qsizetype n = text.size();
    qsizetype i = (n > 0 && text.at(0) == QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    qsizetype lineStart = i; // index of the first character of the current physical line

    // Column as the user counts it: characters from the start of the line, 1-based,
    // a surrogate pair counting once.
    const auto columnAt = [&text, &lineStart](qsizetype index) {
        return static_cast<int>(QStringView(text).mid(lineStart, index - lineStart).toUcs4().size()) + 1;
    };
    // Consumes a line end (CRLF, LF or a lone CR) at i, if there is one.
    const auto takeLineEnd = [&text, &i, &line, &lineStart, n]() {
        if (i < n && text.at(i) == u'\r') {
            ++i;
            if (i < n && text.at(i) == u'\n')
                ++i;
        } else if (i < n && text.at(i) == u'\n') {
            ++i;
        } else {
            return false;
        }
        ++line;
        lineStart = i;
        return true;
    };
    const auto atLineEnd = [&text, &i, n]() { return i < n && (text.at(i) == u'\r' || text.at(i) == u'\n'); };

    while (i < n) {
        if (takeLineEnd())
            continue; // an empty line is not a record
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            const bool quoted = i < n && text.at(i) == u'"';
            if (quoted) {
                const int quoteLine = line;
                const int quoteColumn = columnAt(i);
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        takeLineEnd();
                        field.append(u'\n');
                        continue;
                    }
                    field.append(c);
                    ++i;
                }
                if (!closed) {
                    return fail(tr("Line %1, column %2: the quoted field that starts here is never closed "
                                   "(a closing \" is missing).")
                                    .arg(quoteLine)
                                    .arg(quoteColumn));
                }
                if (i < n && text.at(i) != u',' && !atLineEnd()) {
                    return fail(tr("Line %1, column %2: unexpected character after a closing quote; "
                                   "a quoted field must be followed by a comma or the end of the line.")
                                    .arg(line)
                                    .arg(columnAt(i)));
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != u',' && !atLineEnd()) {
                    if (text.at(i) == u'"') {
                        return fail(
                            tr("Line %1, column %2: a quote (\") inside a field that does not start "
                               "with a quote. Put the whole field in quotes and double the quote (\"\").")
                                .arg(line)
                                .arg(columnAt(i)));
                    }
                    ++i;
                }
                if (i > start)
                    field = shared(QStringView(text).sliced(start, i - start));
            }
            record.fields.append(quoted && !field.isEmpty() ? shared(field) : field);
            if (i < n && text.at(i) == u',') {
                ++i;
                continue; // another field follows, possibly empty at the end of the line
            }
            break;
        }
        records.append(record);
        takeLineEnd();
    }
    return records;
}

std::optional<QList<CsvRecord>> CsvReader::readFile(const QString& path, TextCodec::Encoding* detected,
                                                    QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString& message) -> std::optional<QList<CsvRecord>> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The file “%1” does not exist.").arg(shown));
    if (info.isDir())
        return fail(tr("“%1” is a folder, not a file.").arg(shown));
    if (info.size() > kMaxFileSize)
        return fail(tr("The file “%1” is too large to be a spreadsheet (%2 MB).")
                        .arg(shown)
                        .arg(info.size() / (1024 * 1024)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file “%1” cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("The file “%1” cannot be read: %2").arg(shown, file.errorString()));

    // NUL bytes never occur in UTF-8 or CP932 text; they mean a binary file such as an .xlsx
    // renamed to .csv (or UTF-16, which decode() reports itself).
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        return fail(tr("The file “%1” is not a text file. If it is an Excel workbook, "
                       "save it from Excel as “CSV” first.")
                        .arg(shown));
    }

    QString decodeError;
    const std::optional<TextCodec::Decoded> decoded = TextCodec::decode(bytes, &decodeError);
    if (!decoded)
        return fail(tr("The file “%1” cannot be read as text: %2").arg(shown, decodeError));
    if (detected)
        *detected = decoded->encoding;

    QString parseError;
    std::optional<QList<CsvRecord>> records = parse(decoded->text, &parseError);
    if (!records)
        return fail(tr("The file “%1” is not valid CSV: %2").arg(shown, parseError));
    return records;
}
