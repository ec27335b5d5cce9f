#include "xlsx/XlsxReader.h"

#include "xlsx/XlsxNumberFormat.h"
#include "xlsx/ZipArchive.h"


#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTime>
#include <QXmlStreamReader>


namespace {
constexpr int MaxColumns = 16384; // Excel's limit (XFD)

// OOXML escapes characters XML cannot hold as _xHHHH_ (a CR is _x000D_).
QString unescapeOoxml(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// The text of an <si> or <is> element: its <t> and the <t> of its rich text runs <r>, but not the
// phonetic guide <rPh> (furigana) Japanese Excel stores beside the text.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t"))
            text += xml.readElementText();
        else if (xml.name() == QLatin1String("r"))
            text += richText(xml);
        else
            xml.skipCurrentElement();
    }
    return unescapeOoxml(text);
}

// "C12" -> column 2 (0-based) and row 12; false when it is not a cell reference.
bool parseReference(QStringView ref, int* column, int* row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (c > MaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

// Resolves a relationship target against the folder of the part that names it.
QString resolveTarget(const QString& sourceFolder, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(sourceFolder.isEmpty() ? target : sourceFolder + u'/' + target);
}

QString folderOf(const QString& entry)
{
    const qsizetype slash = entry.lastIndexOf(u'/');
    return slash < 0 ? QString() : entry.left(slash);
}

QString relsOf(const QString& entry)
{
    const QString folder = folderOf(entry);
    const QString file = entry.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") + file + QStringLiteral(".rels");
}

} // namespace

bool XlsxReader::has(const QString& entryName) const
{
    return m_zip->contains(entryName);
}

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;
XlsxReader::XlsxReader(XlsxReader&&) noexcept = default;
XlsxReader& XlsxReader::operator=(XlsxReader&&) noexcept = default;

bool XlsxReader::looksLikeZip(const QString& path)
{
    return ZipArchive::looksLikeZip(path);
}

QString XlsxReader::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

std::optional<XlsxReader> XlsxReader::open(const QString& path, QString* error)
{
    XlsxReader reader;
    reader.m_path = path;
    reader.m_fileName = QFileInfo(path).fileName();
    if (!reader.load(error))
        return std::nullopt;
    return reader;
}

bool XlsxReader::load(QString* error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.exists()) {
        *error = tr("The file “%1” does not exist.").arg(shown);
        return false;
    }
    QFile probe(m_path);
    if (probe.open(QIODevice::ReadOnly) && probe.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        *error = tr("The file “%1” is an old Excel workbook (.xls) or a password-protected one. Open it in "
                    "Excel and save it as “Excel Workbook (.xlsx)” or as CSV.")
                     .arg(shown);
        return false;
    }
    m_zip = ZipArchive::open(m_path);
    if (!m_zip) {
        *error = tr("The file “%1” is not a readable Excel workbook (.xlsx): its zip archive is damaged or "
                    "incomplete.")
                     .arg(shown);
        return false;
    }
    // The package's root relationships name the workbook part; xl/workbook.xml is the usual place.
    QHash<QString, std::pair<QString, QString>> rootRels;
    QString workbookEntry = QStringLiteral("xl/workbook.xml");
    if (has(QStringLiteral("_rels/.rels"))) {
        if (!readRelationships(QStringLiteral("_rels/.rels"), &rootRels, error))
            return false;
        for (const auto& [type, target] : rootRels)
            if (type.endsWith(QLatin1String("/officeDocument")))
                workbookEntry = resolveTarget(QString(), target);
    }
    if (!has(workbookEntry)) {
        *error = tr("The file “%1” is a zip archive but not an Excel workbook (.xlsx): it has no workbook part.")
                     .arg(shown);
        return false;
    }
    QHash<QString, std::pair<QString, QString>> rels;
    const QString relsEntry = relsOf(workbookEntry);
    if (has(relsEntry) && !readRelationships(relsEntry, &rels, error))
        return false;
    const QString folder = folderOf(workbookEntry);
    QString sharedStrings = folder + QStringLiteral("/sharedStrings.xml");
    QString styles = folder + QStringLiteral("/styles.xml");
    for (const auto& [type, target] : rels) {
        if (type.endsWith(QLatin1String("/sharedStrings")))
            sharedStrings = resolveTarget(folder, target);
        else if (type.endsWith(QLatin1String("/styles")))
            styles = resolveTarget(folder, target);
    }
    if (!readWorkbook(workbookEntry, error))
        return false;
    for (Sheet& sheet : m_sheets) {
        const auto rel = rels.value(sheet.entry);
        if (rel.second.isEmpty()) {
            *error = tr("%1: the workbook names the sheet “%2”, but the file does not hold it.")
                         .arg(m_fileName, sheet.name);
            return false;
        }
        sheet.entry = resolveTarget(folder, rel.second);
    }
    if (has(sharedStrings) && !readSharedStrings(sharedStrings, error))
        return false;
    if (has(styles) && !readStyles(styles, error))
        return false;
    return true;
}

std::optional<QByteArray> XlsxReader::entry(const QString& name, QString* error) const
{
    return m_zip->read(name, error);
}

QString XlsxReader::xmlError(const QString& part, qint64 line, qint64 column, const QString& detail) const
{
    return tr("%1: the part “%2” is not valid XML (line %3, column %4: %5); the file is damaged.")
        .arg(m_fileName, part)
        .arg(line)
        .arg(column)
        .arg(detail);
}

bool XlsxReader::readRelationships(const QString& relsEntry, QHash<QString, std::pair<QString, QString>>* rels,
                                   QString* error) const
{
    const auto bytes = entry(relsEntry, error);
    if (!bytes)
        return false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            rels->insert(a.value(QLatin1String("Id")).toString(),
                         {a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
        }
    }
    if (xml.hasError()) {
        *error = xmlError(relsEntry, xml.lineNumber(), xml.columnNumber(), xml.errorString());
        return false;
    }
    return true;
}

bool XlsxReader::readWorkbook(const QString& entryName, QString* error)
{
    const auto bytes = entry(entryName, error);
    if (!bytes)
        return false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = a.value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            // The relationship id is r:id in the relationships namespace; the prefix may differ.
            QString id;
            for (const QXmlStreamAttribute& attr : a)
                if (attr.name() == QLatin1String("id"))
                    id = attr.value().toString();
            m_sheets << Sheet{a.value(QLatin1String("name")).toString(), id};
        }
    }
    if (xml.hasError()) {
        *error = xmlError(entryName, xml.lineNumber(), xml.columnNumber(), xml.errorString());
        return false;
    }
    if (m_sheets.isEmpty()) {
        *error = tr("%1: the workbook has no sheets.").arg(m_fileName);
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(const QString& entryName, QString* error)
{
    const auto bytes = entry(entryName, error);
    if (!bytes)
        return false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_sharedStrings << richText(xml);
    }
    if (xml.hasError()) {
        *error = xmlError(entryName, xml.lineNumber(), xml.columnNumber(), xml.errorString());
        return false;
    }
    return true;
}


bool XlsxReader::readStyles(const QString& entryName, QString* error)
{
    const auto bytes = entry(entryName, error);
    if (!bytes)
        return false;
    QHash<int, XlsxNumberFormat::Kind> custom;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          XlsxNumberFormat::classify(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            m_styleKinds << custom.value(id, XlsxNumberFormat::builtIn(id)); // a custom format may reuse an id
        }
    }
    if (xml.hasError()) {
        *error = xmlError(entryName, xml.lineNumber(), xml.columnNumber(), xml.errorString());
        return false;
    }
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& s : m_sheets)
        names << s.name;
    return names;
}

QString XlsxReader::cellText(const QString& type, const QString& raw, int style, bool* ok) const
{
    *ok = true;
    if (type == QLatin1String("s")) {
        bool isIndex = false;
        const int index = raw.trimmed().toInt(&isIndex);
        if (!isIndex || index < 0 || index >= m_sharedStrings.size()) {
            *ok = false;
            return tr("the shared string %1 does not exist").arg(raw);
        }
        return m_sharedStrings.at(index);
    }
    if (type == QLatin1String("b"))
        return raw.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("d")) { // an ISO 8601 date cell (Strict OOXML)
        const QDateTime when = QDateTime::fromString(raw.trimmed(), Qt::ISODate);
        if (when.isValid())
            return when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                              : when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return raw;
    }
    if (type == QLatin1String("str") || type == QLatin1String("inlineStr") || type == QLatin1String("e"))
        return unescapeOoxml(raw);
    if (raw.trimmed().isEmpty())
        return QString();
    bool isNumber = false;
    const double value = raw.trimmed().toDouble(&isNumber);
    if (!isNumber) {
        *ok = false;
        return tr("“%1” is marked as a number but is not one").arg(raw);
    }
    return XlsxNumberFormat::text(value, m_styleKinds.value(style, XlsxNumberFormat::Kind::Plain), m_date1904);
}

std::optional<QList<XlsxRow>> XlsxReader::readSheet(const QString& name, QString* error) const
{
    const auto sheet = std::find_if(m_sheets.begin(), m_sheets.end(), [&name](const Sheet& s) { return s.name == name; });
    if (sheet == m_sheets.end()) {
        *error = tr("%1: there is no sheet “%2”. Sheets: %3.")
                     .arg(m_fileName, name, u'“' + sheetNames().join(QStringLiteral("”, “")) + u'”');
        return std::nullopt;
    }
    QString detail;
    const auto bytes = entry(sheet->entry, &detail);
    if (!bytes) {
        *error = tr("%1, sheet “%2”: the sheet cannot be read; the file is damaged (%3).")
                     .arg(m_fileName, name, detail.section(QStringLiteral(": "), 1));
        return std::nullopt;
    }
    QList<XlsxRow> rows;
    QXmlStreamReader xml(*bytes);
    XlsxRow row;
    int nextRow = 1;
    int nextColumn = 0;
    const auto finishRow = [&rows, &row] {
        while (!row.cells.isEmpty() && row.cells.last().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            rows << row;
        row = XlsxRow();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            finishRow();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = a.value(QLatin1String("r")).toInt(&ok);
            row.number = ok && r > 0 ? r : nextRow;
            nextRow = row.number + 1;
            nextColumn = 0;
        } else if (xml.name() == QLatin1String("c")) {
            int column = nextColumn;
            int rowNumber = row.number;
            const auto ref = a.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseReference(ref, &column, &rowNumber)) {
                *error = tr("%1, sheet “%2”, row %3: “%4” is not a cell reference; the file is damaged.")
                             .arg(m_fileName, name)
                             .arg(row.number)
                             .arg(ref.toString());
                return std::nullopt;
            }
            nextColumn = column + 1;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString raw;
            bool inlineText = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    raw = richText(xml);
                    inlineText = true;
                } else {
                    xml.skipCurrentElement(); // a formula: its cached value <v> is what Excel shows
                }
            }
            bool ok = true;
            const QString text = inlineText || raw.isEmpty() ? raw : cellText(type, raw, style, &ok);
            if (!ok) {
                *error = tr("%1, sheet “%2”, row %3, column %4: %5.")
                             .arg(m_fileName, name)
                             .arg(row.number)
                             .arg(columnName(column), text);
                return std::nullopt;
            }
            if (text.isEmpty())
                continue;
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = text;
        }
    }
    if (xml.hasError()) {
        *error = tr("%1, sheet “%2”: the sheet is not valid XML (line %3, column %4: %5); the file is damaged.")
                     .arg(m_fileName, name)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    return rows;
}
