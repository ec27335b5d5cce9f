#include "io/ImportContext.h"

#include "date/DateParser.h"

#include <QRegularExpression>

QString ImportContext::located(const QString& where, const QString& text)
{
    //: A place in a file (file, row, column) and what happened there.
    return tr("%1: %2").arg(where, text);
}

ImportContext::ImportContext(Database& db, const ImportTable& table, ImportReport& report)
    : m_db(db), m_table(table), m_report(report), m_codes(db), m_organisations(db), m_people(db)
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
    if (id == 0) {
        QStringList known;
        for (const CodeItem& c : m_codes.items(list))
            known << c.labelJa;
        error(row, key, tr("\"%1\" is not in the list. Known values: %2.").arg(text, known.join(QStringLiteral("、"))));
    }
    return id;
}

std::optional<QDate> ImportContext::date(int row, const QString& key)
{
    QString problem;
    const auto parsed = DateParser::parse(value(row, key), &problem);
    if (!parsed)
        error(row, key, problem);
    return parsed;
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
    const Result<QList<Organisation>> found = m_organisations.findByName(name);
    if (storeFailed(row, found.status()))
        return 0;
    if (!found->isEmpty())
        return found->first().id;
    Organisation org;
    org.name = name;
    if (storeFailed(row, m_organisations.insert(org)))
        return 0;
    added(row, ImportReport::Record::Organisation, tr("organisation %1").arg(name));
    return org.id;
}

std::optional<qint64> ImportContext::findPerson(int row, const QString& name, qint64 organisationId)
{
    const Result<QList<Person>> namesakes = m_people.findByName(name, organisationId);
    if (storeFailed(row, namesakes.status()))
        return std::nullopt;
    const QList<Person>& found = *namesakes;
    if (found.size() > 1 && organisationId == 0) {
        error(row, QStringLiteral("name"),
              tr("%n people are called %1; give their organisation to tell them apart.", nullptr, int(found.size()))
                  .arg(name));
        return std::nullopt;
    }
    return found.isEmpty() ? 0 : found.first().id;
}
