#include "io/ImportContext.h"

#include "attendance/AttendanceRules.h"
#include "date/DateParser.h"
#include "date/JapaneseDate.h"

#include <QRegularExpression>

QString ImportContext::located(const QString& where, const QString& text) const
{
    return m_locatedFormat.arg(where, text);
}

ImportContext::ImportContext(Database& db, const ImportTable& table, ImportReport& report)
    : m_db(db), m_table(table), m_report(report), m_codes(db), m_lookups(db), m_organisations(db), m_people(db),
      m_attendance(db),
      //: A place in a file (file, row, column) and what happened there.
      m_locatedFormat(tr("%1: %2")) // said of every row: translated once
{
}

void ImportContext::note(ImportReport::Outcome outcome, QStringList& list, int row, const QString& key,
                         const QString& text)
{
    const QString line = located(key.isEmpty() ? m_table.where(row) : m_table.where(row, key), text);
    list << line;
    m_report.lines << ImportReport::Line{outcome, row, key, line};
}

void ImportContext::error(int row, const QString& key, const QString& problem)
{
    note(ImportReport::Outcome::Error, m_report.errors, row, key, problem);
}

void ImportContext::rowError(int row, const QString& problem)
{
    note(ImportReport::Outcome::Error, m_report.errors, row, QString(), problem);
}

void ImportContext::added(int row, ImportReport::Record record, const QString& what)
{
    ++m_report.addedCounts[record];
    note(ImportReport::Outcome::Added, m_report.added, row, QString(), what);
}

void ImportContext::updated(int row, const QString& what)
{
    note(ImportReport::Outcome::Updated, m_report.updated, row, QString(), what);
}

void ImportContext::skipped(int row, const QString& what)
{
    note(ImportReport::Outcome::Skipped, m_report.skipped, row, QString(), what);
}

bool ImportContext::storeFailed(int row, const Status& status)
{
    if (status)
        return false;
    rowError(row, status.fullText().replace(u'\n', QStringLiteral(" — ")));
    return true;
}

bool ImportContext::require(int row, const QString& key)
{
    if (!value(row, key).isEmpty())
        return true;
    error(row, key, tr("a value is required here."));
    return false;
}

qint64 ImportContext::code(int row, const QString& key, const QString& list, const QString& fallbackCode)
{
    const QString text = value(row, key);
    if (text.isEmpty())
        return fallbackCode.isEmpty() ? 0 : m_codes.idOf(list, fallbackCode);
    const qint64 id = m_codes.find(list, text);
    if (id == 0 && !m_codes.status()) {
        storeFailed(row, m_codes.status());
    } else if (id == 0) {
        QStringList known;
        for (const CodeItem& c : m_codes.items(list))
            known << c.labelJa;
        error(row, key, tr("\"%1\" is not in the list. Known values: %2.").arg(text, known.join(QStringLiteral("、"))));
    }
    return id;
}

const ImportContext::ParsedDate& ImportContext::parsedDate(const QString& text)
{
    auto parsed = m_dates.find(text);
    if (parsed == m_dates.end()) {
        ParsedDate p;
        p.date = DateParser::parse(text, &p.problem);
        parsed = m_dates.insert(text, p);
    }
    return *parsed;
}

std::optional<QDate> ImportContext::date(int row, const QString& key)
{
    const ParsedDate& parsed = parsedDate(value(row, key));
    if (!parsed.date)
        error(row, key, parsed.problem);
    return parsed.date;
}

std::optional<std::pair<QDate, QDate>> ImportContext::dateRange(const QString& key)
{
    std::optional<std::pair<QDate, QDate>> range;
    for (int row = 0; row < m_table.rowCount(); ++row) {
        const std::optional<QDate> d = parsedDate(value(row, key)).date;
        if (!d)
            continue;
        if (!range)
            range.emplace(*d, *d);
        range->first = std::min(range->first, *d);
        range->second = std::max(range->second, *d);
    }
    return range;
}

std::optional<QTime> ImportContext::time(int row, const QString& key)
{
    const QString text = value(row, key).normalized(QString::NormalizationForm_KC);
    if (text.isEmpty())
        return QTime();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})(?:[:：時]\\s*(\\d{1,2})?分?|(\\d{2}))?\\s*[〜～~-]?$"));
    const auto m = pattern.match(text);
    if (m.hasMatch()) {
        const int hour = m.captured(1).toInt();
        const QString minutes = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        const QTime t(hour, minutes.isEmpty() ? 0 : minutes.toInt());
        if (t.isValid())
            return t;
    }
    error(row, key, tr("\"%1\" is not a time. Write it as 19:00 or 19時30分.").arg(text));
    return std::nullopt;
}

std::optional<int> ImportContext::number(int row, const QString& key)
{
    const QString text = value(row, key).normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("[名人回第\\s]")));
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 0)
        return n;
    error(row, key, tr("\"%1\" is not a whole number of 0 or more.").arg(value(row, key)));
    return std::nullopt;
}

qint64 ImportContext::organisation(int row, const QString& key)
{
    const QString name = value(row, key);
    if (name.isEmpty())
        return 0;
    if (const Organisation* found = m_lookups.organisation(name))
        return found->id;
    Organisation org;
    org.name = name;
    if (storeFailed(row, m_organisations.insert(org)))
        return 0;
    m_lookups.organisationWritten(org);
    added(row, ImportReport::Record::Organisation, tr("organisation %1").arg(name));
    return org.id;
}

std::optional<qint64> ImportContext::findPerson(int row, const QString& name, qint64 organisationId)
{
    const ImportLookups::PersonMatch found = m_lookups.people(name, organisationId);
    if (found.count > 1 && organisationId == 0) {
        error(row, QStringLiteral("name"),
              tr("%n people are called %1; give their organisation to tell them apart.", nullptr, found.count).arg(name));
        return std::nullopt;
    }
    return found.first ? found.first->id : 0;
}

const QString& ImportContext::shortDate(const QDate& date)
{
    auto found = m_shortDates.find(date);
    if (found == m_shortDates.end())
        found = m_shortDates.insert(date, JapaneseDate::formatShort(date));
    return *found;
}

void ImportContext::addAttendance(int row, const Attendance& attendance)
{
    if (m_newAttendance.isEmpty())
        m_newAttendanceRow = row;
    m_newAttendance << attendance;
    if (m_newAttendance.size() >= AttendanceStore::InsertBatch)
        finish();
}

bool ImportContext::saveAttendance(int row, Attendance& attendance)
{
    return finish() && !storeFailed(row, m_attendance.save(attendance));
}

bool ImportContext::finish()
{
    if (m_newAttendance.isEmpty())
        return true;
    const Status st = m_attendance.insertAll(m_newAttendance);
    m_newAttendance.clear();
    return !storeFailed(m_newAttendanceRow, st);
}

qint64 ImportContext::defaultRole(qint64 eventId, qint64 personId)
{
    return m_codes.idOf(CodeListStore::AttendanceRole,
                        AttendanceRules::defaultRoleCode(personId && m_lookups.isLecturer(eventId, personId)));
}
