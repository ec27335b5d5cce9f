#include "io/ImportTable.h"

#include "text/TextFolding.h"

namespace {
QString fieldNames(const ImportField& f)
{
    return f.aliases.isEmpty() ? f.key : f.key + u'/' + f.aliases.join(u'/');
}
} // namespace

std::optional<ImportTable> ImportTable::read(const QString& path, const QList<ImportField>& fields,
                                             QStringList* errors, const QString& sheet)
{
    const auto source = SourceTable::read(path, sheet, errors);
    if (!source)
        return std::nullopt;
    return map(*source, fields, nullptr, errors);
}

QStringList ImportTable::autoMapping(const QStringList& header, const QList<ImportField>& fields)
{
    QStringList keys;
    for (const QString& cell : header) {
        const QString key = TextFolding::fold(cell.trimmed());
        const auto match = std::find_if(fields.begin(), fields.end(), [&key](const ImportField& f) {
            if (TextFolding::fold(f.key) == key)
                return true;
            return std::any_of(f.aliases.begin(), f.aliases.end(),
                               [&key](const QString& a) { return TextFolding::fold(a) == key; });
        });
        keys << (key.isEmpty() || match == fields.end() ? QString() : match->key);
    }
    return keys;
}

std::optional<ImportTable> ImportTable::map(const SourceTable& source, const QList<ImportField>& fields,
                                            const QStringList* mapping, QStringList* errors)
{
    ImportTable table;
    table.m_source = source;
    const QStringList keys = mapping ? *mapping : autoMapping(source.header, fields);
    const QString place = source.place();
    QStringList unknown;
    for (int column = 0; column < source.header.size(); ++column) {
        const QString written = source.header.at(column).trimmed();
        const QString key = keys.value(column);
        if (key.isEmpty()) {
            if (!mapping && !written.isEmpty())
                unknown << written;
            continue;
        }
        const QString shown = written.isEmpty() ? source.columnLabel(column) : written;
        if (table.hasField(key)) {
            errors->append(tr("%1, row %2: the columns \"%3\" and \"%4\" both mean \"%5\".")
                               .arg(place)
                               .arg(source.headerLine)
                               .arg(table.m_headers.value(key), shown, key));
        } else {
            table.m_columns.append({key, column});
            table.m_headers.insert(key, shown);
        }
    }
    // A value under no header would be silently dropped; say where it is instead.
    if (!mapping) {
        for (int row = 0; row < source.rows.size(); ++row) {
            const QStringList& cells = source.rows.at(row);
            for (int column = 0; column < cells.size(); ++column) {
                if (cells.at(column).trimmed().isEmpty() || !source.header.value(column).trimmed().isEmpty())
                    continue;
                errors->append(tr("%1, row %2, column %3: a value in a column whose header (row %4) is empty. Name "
                                  "the column in the header, or delete the value.")
                                   .arg(place)
                                   .arg(source.lines.at(row))
                                   .arg(source.columnLabel(column))
                                   .arg(source.headerLine));
                row = int(source.rows.size()); // once is enough
                break;
            }
        }
    }
    if (!unknown.isEmpty()) {
        QStringList known;
        for (const ImportField& f : fields)
            known << fieldNames(f);
        errors->append(tr("%1, row %2: unknown column(s) %3. Known columns: %4.")
                           .arg(place)
                           .arg(source.headerLine)
                           .arg(u'"' + unknown.join(QStringLiteral("\", \"")) + u'"', known.join(QStringLiteral(", "))));
    }
    for (const ImportField& f : fields)
        if (f.required && !table.hasField(f.key))
            errors->append(tr("%1, row %2: the required column \"%3\" is missing.")
                               .arg(place)
                               .arg(source.headerLine)
                               .arg(f.aliases.isEmpty() ? f.key : f.key + u'/' + f.aliases.first()));
    if (!errors->isEmpty())
        return std::nullopt;
    return table;
}

int ImportTable::columnOf(const QString& key) const
{
    for (const auto& [field, column] : m_columns)
        if (field == key)
            return column;
    return -1;
}

QString ImportTable::value(int row, const QString& key) const
{
    const int column = columnOf(key);
    const QStringList& fields = m_source.rows.at(row);
    if (column < 0 || column >= fields.size())
        return QString();
    // Most cells need no trimming; checking the ends for characters that are surely not space
    // (ASCII letters and digits, kana and kanji) spares trimmed() its Unicode look-ups.
    const QString& cell = fields.at(column);
    const auto clearlyNotSpace = [](QChar c) { return (c.unicode() > 0x20 && c.unicode() < 0x7F) || c.unicode() > 0x3000; };
    QString value = cell.isEmpty() || (clearlyNotSpace(cell.front()) && clearlyNotSpace(cell.back())) ? cell : cell.trimmed();
    // Undo the quote our own exports put before text that looks like a formula.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (value.size() > 1 && value.front() == u'\'' && formulaStarts.contains(value.at(1)))
        value.remove(0, 1);
    return value;
}

QString ImportTable::where(int row, const QString& key) const
{
    if (!hasField(key))
        return tr("%1, row %2 (the file has no column \"%3\")").arg(m_source.place()).arg(lineOf(row)).arg(key);
    return tr("%1, row %2, column \"%3\" (%4)")
        .arg(m_source.place())
        .arg(lineOf(row))
        .arg(m_headers.value(key, key), m_source.columnLabel(columnOf(key)));
}

QString ImportTable::where(int row) const
{
    // Said of many rows (every added record): the translated pattern and the place once.
    if (m_rowFormat.isEmpty()) {
        m_rowFormat = tr("%1, row %2");
        m_place = m_source.place();
    }
    return m_rowFormat.arg(m_place, QString::number(lineOf(row)));
}
