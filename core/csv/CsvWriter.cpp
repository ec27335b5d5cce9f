#include "CsvWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QTime>

#include <cmath>

namespace {

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        // inf/nan are not numbers Excel can read; they go out as (neutralised) text.
        return std::isfinite(value.toDouble());
    default:
        return false;
    }
}

QString numberText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        // Shortest text that reads back as the same double, in C locale (a '.' decimal
        // point whatever the system locale says).
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return value.toString();
}

QString cellText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

} // namespace

QString CsvWriter::escapeField(const QString& field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needsQuotes = true;
    if (!needsQuotes)
        return field;
    QString doubled = field;
    doubled.replace(u'"', QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

QString CsvWriter::neutraliseFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + field;
    default:
        return field;
    }
}

void CsvWriter::addRow(const QVariantList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant& cell : cells) {
        if (!cell.isValid() || cell.isNull())
            fields.append(QString());
        else if (isNumber(cell))
            fields.append(numberText(cell));
        else
            fields.append(escapeField(neutraliseFormula(cellText(cell))));
    }
    m_rows.append(fields.join(u','));
}

void CsvWriter::addTextRow(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields.append(escapeField(neutraliseFormula(cell)));
    m_rows.append(fields.join(u','));
}

QString CsvWriter::text() const
{
    QString out;
    for (const QString& row : m_rows)
        out += row + QStringLiteral("\r\n");
    return out;
}

bool CsvWriter::writeFile(const QString& path, const QString& text, TextCodec::Encoding encoding,
                          QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    QString encodeError;
    const std::optional<QByteArray> bytes = TextCodec::encode(text, encoding, true, &encodeError);
    if (!bytes)
        return fail(tr("Cannot write “%1”: %2").arg(shown, encodeError));

    // QSaveFile writes to a temporary file next to the target and renames it only on
    // commit(), so a full disk or a crash never leaves a half-written CSV behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot create “%1”: %2").arg(shown, file.errorString()));
    if (file.write(*bytes) != bytes->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write “%1”: %2").arg(shown, reason));
    }
    if (!file.commit())
        return fail(tr("Cannot save “%1”: %2").arg(shown, file.errorString()));
    return true;
}
