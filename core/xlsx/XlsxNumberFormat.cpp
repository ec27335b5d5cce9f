#include "xlsx/XlsxNumberFormat.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace {
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    // Excel shows 15 significant digits; 0.1+0.2 is 0.3 there, and here.
    return QString::number(value, 'g', 15);
}
} // namespace

namespace XlsxNumberFormat {

Kind builtIn(int id)
{
    // 14-17 dates, 18-21 and 45-47 times, 22 date and time; and those of Japanese Excel:
    // 27-31, 34-36 and 50-58 dates (wareki among them), 32-33 times.
    switch (id) {
    case 14: case 15: case 16: case 17: case 27: case 28: case 29: case 30: case 31: case 34: case 35: case 36:
    case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57: case 58:
        return Kind::Date;
    case 18: case 19: case 20: case 21: case 32: case 33: case 45: case 46: case 47:
        return Kind::Time;
    case 22:
        return Kind::DateTime;
    default:
        return Kind::Plain;
    }
}

// Whether a number format shows a date, a time, both or neither. Quoted text, escaped
// characters, colours and locale tags ([Red], [$-411]) are not format codes and are removed first.
Kind classify(const QString& code)
{
    QString stripped;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or padding)
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (inside == QLatin1String("h") || inside == QLatin1String("hh") || inside == QLatin1String("mm")
                || inside == QLatin1String("ss") || inside == QLatin1String("m") || inside == QLatin1String("s"))
                stripped += u'h'; // elapsed time
            i = end < 0 ? code.size() : end;
        } else if (c == u';') {
            break; // the first section decides
        } else {
            stripped += c.toLower();
        }
    }
    stripped.remove(QLatin1String("general")).remove(QLatin1String("am/pm")).remove(QLatin1String("a/p"));
    static const QRegularExpression scientific(QStringLiteral("e[+-]"));
    stripped.remove(scientific);
    const bool date = stripped.contains(u'y') || stripped.contains(u'd') || stripped.contains(u'e')
                      || stripped.contains(u'g');
    const bool time = stripped.contains(u'h') || stripped.contains(u's');
    if (date)
        return time ? Kind::DateTime : Kind::Date;
    if (time)
        return Kind::Time;
    return stripped.contains(u'm') ? Kind::Date : Kind::Plain; // "mmm": a month name
}

QString text(double value, Kind kind, bool date1904)
{
    if (kind == Kind::Plain || !std::isfinite(value) || value < 0 || value > 2958465)
        return numberText(value);
    const double days = std::floor(value);
    int seconds = int(std::lround((value - days) * 86400.0));
    qint64 whole = qint64(days);
    if (seconds >= 86400) {
        seconds -= 86400;
        ++whole;
    }
    const QTime time = QTime(0, 0).addSecs(seconds);
    const QString timeText = time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (kind == Kind::Time)
        return timeText;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(whole);
    else if (whole >= 61)
        date = QDate(1899, 12, 30).addDays(whole);
    else if (whole >= 1 && whole < 60)
        date = QDate(1899, 12, 31).addDays(whole);
    else
        return numberText(value); // 0 and Excel's 29 February 1900 are no dates
    const QString dateText = date.toString(Qt::ISODate);
    // A date format shows the day only, whatever time the serial also holds.
    return seconds == 0 || kind == Kind::Date ? dateText : dateText + u' ' + timeText;
}

} // namespace XlsxNumberFormat
