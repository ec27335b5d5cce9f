#include "io/ImportTable.h"

#include "csv/CsvReader.h"
#include "text/TextFolding.h"

#include <QFileInfo>

std::optional<ImportTable> ImportTable::read(const QString& path, const QList<ImportField>& fields,
                                             QStringList* errors)
{
    ImportTable table;
    table.m_fileName = QFileInfo(path).fileName();
    QString error;
    TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
    const auto records = CsvReader::readFile(path, &encoding, &error);
    if (!records) {
        errors->append(error);
        return std::nullopt;
    }
    table.m_encodingName = TextCodec::encodingName(encoding);
    if (records->isEmpty()) {
        errors->append(tr("%1: the file is empty; the first row must name the columns.").arg(table.m_fileName));
        return std::nullopt;
    }

    const CsvRecord& header = records->first();
    QStringList unknown;
    for (int column = 0; column < header.fields.size(); ++column) {
        const QString written = header.fields.at(column).trimmed();
        const QString key = TextFolding::fold(written);
        if (written.isEmpty())
            continue;
        const auto match = std::find_if(fields.begin(), fields.end(), [&key](const ImportField& f) {
            if (TextFolding::fold(f.key) == key)
                return true;
            return std::any_of(f.aliases.begin(), f.aliases.end(),
                               [&key](const QString& a) { return TextFolding::fold(a) == key; });
        });
        if (match == fields.end()) {
            unknown << written;
        } else if (table.m_columns.contains(match->key)) {
            errors->append(tr("%1, row %2: the columns \"%3\" and \"%4\" both mean \"%5\".")
                               .arg(table.m_fileName)
                               .arg(header.line)
                               .arg(table.m_headers.value(match->key), written, match->key));
        } else {
            table.m_columns.insert(match->key, column);
            table.m_headers.insert(match->key, written);
        }
    }
    if (!unknown.isEmpty()) {
        QStringList known;
        for (const ImportField& f : fields)
            known << (f.aliases.isEmpty() ? f.key : f.key + u'/' + f.aliases.join(u'/'));
        errors->append(tr("%1, row %2: unknown column(s) %3. Known columns: %4.")
                           .arg(table.m_fileName)
                           .arg(header.line)
                           .arg(u'"' + unknown.join(QStringLiteral("\", \"")) + u'"', known.join(QStringLiteral(", "))));
    }
    for (const ImportField& f : fields)
        if (f.required && !table.m_columns.contains(f.key))
            errors->append(tr("%1, row %2: the required column \"%3\" is missing.")
                               .arg(table.m_fileName)
                               .arg(header.line)
                               .arg(f.aliases.isEmpty() ? f.key : f.key + u'/' + f.aliases.first()));

    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord& record = records->at(i);
        if (std::all_of(record.fields.begin(), record.fields.end(), [](const QString& s) { return s.trimmed().isEmpty(); }))
            continue; // Excel leaves rows of empty cells behind
        if (record.fields.size() > header.fields.size()) {
            errors->append(tr("%1, row %2, column %3: %4 values, but the header has only %5 columns.")
                               .arg(table.m_fileName)
                               .arg(record.line)
                               .arg(header.fields.size() + 1)
                               .arg(record.fields.size())
                               .arg(header.fields.size()));
            continue;
        }
        table.m_rows << record.fields;
        table.m_lines << record.line;
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return table;
}

QString ImportTable::value(int row, const QString& key) const
{
    const int column = m_columns.value(key, -1);
    const QStringList& fields = m_rows.at(row);
    if (column < 0 || column >= fields.size())
        return QString();
    QString value = fields.at(column).trimmed();
    // Undo the quote our own exports put before text that looks like a formula.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (value.size() > 1 && value.front() == u'\'' && formulaStarts.contains(value.at(1)))
        value.remove(0, 1);
    return value;
}

QString ImportTable::where(int row, const QString& key) const
{
    if (!m_columns.contains(key))
        return tr("%1, row %2 (the file has no column \"%3\")").arg(m_fileName).arg(m_lines.at(row)).arg(key);
    return tr("%1, row %2, column \"%3\" (%4)")
        .arg(m_fileName)
        .arg(m_lines.at(row))
        .arg(m_headers.value(key, key))
        .arg(m_columns.value(key, -1) + 1);
}

QString ImportTable::where(int row) const
{
    return tr("%1, row %2").arg(m_fileName).arg(m_lines.at(row));
}
