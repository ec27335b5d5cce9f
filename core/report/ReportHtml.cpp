#include "report/ReportHtml.h"

#include "Locale.h"
#include "date/JapaneseDate.h"
#include "report/ReportFont.h"

#include <functional>

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString number(const std::optional<int>& n)
{
    return n ? QString::number(*n) : QStringLiteral("—");
}

QString th(const QString& text, const QString& width = QString())
{
    return width.isEmpty() ? QStringLiteral("<th>%1</th>").arg(esc(text))
                           : QStringLiteral("<th width=\"%2\">%1</th>").arg(esc(text), width);
}

QString td(const QString& html, bool numeric = false)
{
    return numeric ? QStringLiteral("<td align=\"right\">%1</td>").arg(html) : QStringLiteral("<td>%1</td>").arg(html);
}

QString section(int n, const QString& heading, const QString& body)
{
    return QStringLiteral("<h2>%1　%2</h2>%3").arg(n).arg(esc(heading), body);
}
} // namespace

QString ReportHtml::ja(const char* source)
{
    return Locale::japanese("ReportHtml", source);
}

QString ReportHtml::title(const ActivityReport& report)
{
    return ja(QT_TR_NOOP("%1 %2 activity report")).arg(report.year.label(), report.councilName);
}

QString ReportHtml::table(const QString& headerCells, const QStringList& rows)
{
    // The header row repeats on every page the table runs over.
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<thead><tr>%1</tr></thead><tbody>%2</tbody></table>")
        .arg(headerCells, rows.join(QString()));
}

QString ReportHtml::build(const ActivityReport& report, const QString& chartSource)
{
    ReportHtml r(report);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>"
                                  "body { font-family: '%2', '%3', sans-serif; font-size: 10.5pt; }"
                                  "h1 { font-size: 17pt; text-align: center; margin-bottom: 4pt; }"
                                  "h2 { font-size: 13pt; margin-top: 16pt; margin-bottom: 6pt; }"
                                  "h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 4pt; }"
                                  "table { border-collapse: collapse; margin-bottom: 6pt; }"
                                  "th { background-color: #e6ecf2; font-weight: bold; }"
                                  "td, th { border: 1px solid #555; vertical-align: top; }"
                                  ".note { font-size: 9pt; color: #444; }"
                                  "</style></head><body>\n")
                       .arg(esc(title(report)), ReportFont::gothicFamily(), ReportFont::minchoFamily());
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title(report)));
    html += QStringLiteral("<p align=\"right\">%1<br>%2<br>%3</p>")
                .arg(esc(JapaneseDate::formatLongNoWeekday(report.issued)), esc(report.councilName),
                     esc(ja(QT_TR_NOOP("Secretariat: %1")).arg(report.secretariat)));
    if (!report.recipient.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(ja(QT_TR_NOOP("To: %1")).arg(report.recipient)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ja(QT_TR_NOOP("We report the activities of %1 in %2 as follows."))
                             .arg(report.councilName, report.year.label())));

    html += section(1, ja(QT_TR_NOOP("Organisation of the council")), r.bodies());
    html += section(2, ja(QT_TR_NOOP("Meetings held")), r.meetings());
    html += section(3, ja(QT_TR_NOOP("Trainings held")), r.trainings());
    html += section(4, ja(QT_TR_NOOP("Participants by profession")), r.professions());
    html += section(5, ja(QT_TR_NOOP("Participation by organisation")), r.organisations());
    html += section(6, ja(QT_TR_NOOP("Comparison with the previous years")), r.years());
    if (!chartSource.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p align=\"center\"><img src=\"%2\" width=\"620\"></p>")
                    .arg(esc(ja(QT_TR_NOOP("Participants by profession (chart)"))), chartSource.toHtmlEscaped());
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString ReportHtml::bodies()
{
    const ActivityReport& report = m_report;
    if (report.bodies.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ja(QT_TR_NOOP("No bodies are registered."))));
    QString html;
    for (const ActivityReport::BodyEntry& b : report.bodies) {
        QString heading = b.name;
        if (!b.kind.isEmpty())
            heading += QStringLiteral("（%1）").arg(b.kind);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
        if (b.seats.isEmpty()) {
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(ja(QT_TR_NOOP("No members are registered."))));
            continue;
        }
        QStringList rows;
        int n = 0;
        for (const ActivityReport::Seat& s : b.seats)
            rows << QStringLiteral("<tr>%1%2%3%4%5</tr>")
                        .arg(td(QString::number(++n), true), td(esc(s.organisation)), td(esc(s.person)),
                             td(esc(s.profession)), td(esc(s.role)));
        html += table(th(QStringLiteral("No."), QStringLiteral("6%")) + th(ja(QT_TR_NOOP("Organisation")), QStringLiteral("44%")) +
                          th(ja(QT_TR_NOOP("Name")), QStringLiteral("20%")) + th(ja(QT_TR_NOOP("Profession")), QStringLiteral("18%")) +
                          th(ja(QT_TR_NOOP("Role"))),
                      rows);
    }
    return html;
}

QString ReportHtml::meetings()
{
    const ActivityReport& report = m_report;
    if (report.meetings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ja(QT_TR_NOOP("No meetings were held in this fiscal year."))));
    QStringList rows;
    for (const ActivityReport::Meeting& m : report.meetings) {
        QString what = QStringLiteral("<b>%1</b>").arg(esc(m.title));
        for (const QString& item : m.agenda)
            what += QStringLiteral("<br>・%1").arg(esc(item));
        if (!m.summary.isEmpty())
            what += QStringLiteral("<br>%1").arg(esc(m.summary));
        rows << QStringLiteral("<tr>%1%2%3%4</tr>")
                    .arg(td(esc(ActivityReport::trainingDateLabel(m.date, m.number))), td(esc(m.body)), td(what),
                         td(number(m.attendees), true));
    }
    return table(th(ja(QT_TR_NOOP("Date held")), QStringLiteral("15%")) + th(ja(QT_TR_NOOP("Body")), QStringLiteral("20%")) +
                     th(ja(QT_TR_NOOP("Agenda and summary"))) + th(ja(QT_TR_NOOP("Attendees")), QStringLiteral("10%")),
                 rows);
}

QString ReportHtml::trainings()
{
    const ActivityReport& report = m_report;
    if (report.trainings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ja(QT_TR_NOOP("No trainings were held in this fiscal year."))));
    QStringList rows;
    for (const ActivityReport::Training& t : report.trainings) {
        QString content = QStringLiteral("<b>%1</b>").arg(esc(t.title));
        for (const auto& [kind, titles] : t.programme) {
            content += QStringLiteral("<br>【%1】").arg(esc(kind));
            for (const QString& title : titles)
                content += QStringLiteral("<br>%1").arg(esc(title));
        }
        rows << QStringLiteral("<tr>%1%2%3%4%5</tr>")
                    .arg(td(esc(ActivityReport::trainingDateLabel(t.date, t.number)).replace(
                             QStringLiteral("（"), QStringLiteral("<br>（"))),
                         td(content), td(esc(t.format)), td(number(t.participants), true),
                         td(esc(t.lecturers.join(u'\n'))));
    }
    return table(th(ja(QT_TR_NOOP("Date")), QStringLiteral("13%")) +
                     th(ja(QT_TR_NOOP("Cases and mini lectures")), QStringLiteral("40%")) +
                     th(ja(QT_TR_NOOP("Format")), QStringLiteral("13%")) +
                     th(ja(QT_TR_NOOP("Participants")), QStringLiteral("8%")) + th(ja(QT_TR_NOOP("Lecturers"))),
                 rows) +
           QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(ja(QT_TR_NOOP("Participants exclude lecturers and secretariat staff; — means not recorded."))));
}

QString ReportHtml::professions()
{
    const ActivityReport& report = m_report;
    const auto countRows = [](const CountTable& t) {
        QStringList rows;
        for (const CountTable::Row& r : t.rows)
            rows << QStringLiteral("<tr>%1%2%3</tr>")
                        .arg(td(esc(r.label)), td(number(r.count), true), td(QString::number(r.distinctPersons), true));
        rows << QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b></td></tr>")
                    .arg(esc(ja(QT_TR_NOOP("Total"))))
                    .arg(t.total)
                    .arg(t.distinctPersons);
        return rows;
    };
    const QString header = th(ja(QT_TR_NOOP("Total participations")), QStringLiteral("20%")) +
                           th(ja(QT_TR_NOOP("Distinct persons")), QStringLiteral("20%"));
    return QStringLiteral("<h3>%1</h3>").arg(esc(ja(QT_TR_NOOP("By profession group")))) +
           table(th(ja(QT_TR_NOOP("Profession group"))) + header, countRows(report.byGroup)) +
           QStringLiteral("<h3>%1</h3>").arg(esc(ja(QT_TR_NOOP("By profession")))) +
           table(th(ja(QT_TR_NOOP("Profession"))) + header, countRows(report.byProfession)) +
           QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(ja(QT_TR_NOOP("Distinct persons count named participants only; participants counted "
                                      "as a number cannot be told apart."))));
}

QString ReportHtml::organisations()
{
    const ActivityReport& report = m_report;
    const CountTable& t = report.byOrganisation;
    if (t.rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ja(QT_TR_NOOP("No participation was recorded."))));
    QStringList rows;
    for (const CountTable::Row& r : t.rows)
        rows << QStringLiteral("<tr>%1%2%3</tr>")
                    .arg(td(esc(r.label)), td(number(r.count), true), td(QString::number(r.distinctPersons), true));
    return table(th(ja(QT_TR_NOOP("Organisation"))) + th(ja(QT_TR_NOOP("Total participations")), QStringLiteral("20%")) +
                     th(ja(QT_TR_NOOP("Distinct persons")), QStringLiteral("20%")),
                 rows);
}

QString ReportHtml::years()
{
    const ActivityReport& report = m_report;
    QString header = th(QString(), QStringLiteral("34%"));
    for (const ActivityReport::YearSummary& y : report.years)
        header += th(y.year.label());
    const auto row = [&report](const QString& label,
                               const std::function<QString(const ActivityReport::YearSummary&)>& cell) -> QString {
        QString html = QStringLiteral("<tr>%1").arg(td(esc(label)));
        for (const ActivityReport::YearSummary& y : report.years)
            html += td(cell(y), true);
        return html + QStringLiteral("</tr>");
    };
    QStringList rows;
    rows << row(ja(QT_TR_NOOP("Meetings held (number)")), [](const auto& y) { return QString::number(y.meetings); });
    rows << row(ja(QT_TR_NOOP("Trainings held (number)")), [](const auto& y) { return QString::number(y.trainings); });
    rows << row(ja(QT_TR_NOOP("Total participations")), [](const auto& y) { return QString::number(y.participants); });
    rows << row(ja(QT_TR_NOOP("Distinct persons")), [](const auto& y) { return QString::number(y.distinctPersons); });
    // Every profession group seen in any of the years, in the order of the code list.
    QStringList keys, labels;
    for (const ActivityReport::YearSummary& y : report.years)
        for (const CountTable::Row& r : y.byGroup.rows)
            if (!keys.contains(r.key)) {
                keys << r.key;
                labels << r.label;
            }
    for (int i = 0; i < keys.size(); ++i)
        rows << row(QStringLiteral("　%1").arg(labels.at(i)), [&keys, i](const ActivityReport::YearSummary& y) -> QString {
            for (const CountTable::Row& r : y.byGroup.rows)
                if (r.key == keys.at(i))
                    return number(r.count);
            return QStringLiteral("0");
        });
    return table(header, rows);
}
