#include "report/ReportDocument.h"

#include "Locale.h"
#include "date/JapaneseDate.h"

#include <functional>

namespace {
using Block = ReportDocument::Block;
using Cell = ReportDocument::Cell;
using Paragraph = ReportDocument::Paragraph;
using Table = ReportDocument::Table;

// The report is always in Japanese; its labels keep the translation context they always had.
QString ja(const char* source)
{
    return Locale::japanese("ReportHtml", source);
}

QString number(const std::optional<int>& n)
{
    return n ? QString::number(*n) : QStringLiteral("—");
}

Block line(Block::Kind kind, const QString& text, Paragraph::Align align = Paragraph::Align::Left)
{
    Block b;
    b.kind = kind;
    Paragraph p;
    p.text = text;
    p.align = align;
    b.lines << p;
    return b;
}

Cell cell(const QString& text, bool numeric = false, bool bold = false)
{
    Cell c;
    c.numeric = numeric;
    // A line break in the data is a paragraph of the cell.
    for (const QString& part : text.split(u'\n')) {
        Paragraph p;
        p.text = part;
        p.bold = bold;
        c.paragraphs << p;
    }
    return c;
}

void add(Cell& c, const QString& text, bool bold = false, bool unbroken = false)
{
    Paragraph p;
    p.text = text;
    p.bold = bold;
    p.unbroken = unbroken;
    c.paragraphs << p;
}

// "R6.12.12" over "（第1回）".
Cell dateCell(const QDate& date, int number)
{
    Cell c;
    const QString label = ActivityReport::trainingDateLabel(date, number);
    const qsizetype bracket = label.indexOf(u'（');
    add(c, label.left(bracket));
    if (bracket >= 0)
        add(c, label.mid(bracket));
    return c;
}

// Widths for the columns without one share what the others leave.
Table table(const QList<double>& widths, const QStringList& header)
{
    Table t;
    t.header = header;
    double given = 0;
    int open = 0;
    for (double w : widths)
        w > 0 ? given += w : ++open;
    for (double w : widths)
        t.widths << (w > 0 ? w : (100 - given) / std::max(1, open));
    return t;
}

Block tableBlock(const Table& t)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = t;
    return b;
}

class Builder
{
public:
    explicit Builder(const ActivityReport& report) : r(report) {}

    void bodies(QList<Block>& out) const
    {
        if (r.bodies.isEmpty()) {
            out << line(Block::Kind::Text, ja(QT_TRANSLATE_NOOP("ReportHtml", "No bodies are registered.")));
            return;
        }
        for (const ActivityReport::BodyEntry& b : r.bodies) {
            QString heading = b.name;
            if (!b.kind.isEmpty())
                heading += QStringLiteral("（%1）").arg(b.kind);
            out << line(Block::Kind::Subheading, heading);
            if (b.seats.isEmpty()) {
                out << line(Block::Kind::Note, ja(QT_TRANSLATE_NOOP("ReportHtml", "No members are registered.")));
                continue;
            }
            Table t = table({6, 40, 18, 22, 0},
                            {QStringLiteral("No."), ja(QT_TRANSLATE_NOOP("ReportHtml", "Organisation")),
                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Name")),
                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Profession")),
                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Role"))});
            int n = 0;
            for (const ActivityReport::Seat& s : b.seats)
                t.rows << QList<Cell>{cell(QString::number(++n), true), cell(s.organisation), cell(s.person),
                                      cell(s.profession), cell(s.role)};
            out << tableBlock(t);
        }
    }

    void meetings(QList<Block>& out) const
    {
        if (r.meetings.isEmpty()) {
            out << line(Block::Kind::Text,
                        ja(QT_TRANSLATE_NOOP("ReportHtml", "No meetings were held in this fiscal year.")));
            return;
        }
        Table t = table({15, 20, 0, 10}, {ja(QT_TRANSLATE_NOOP("ReportHtml", "Date held")),
                                          ja(QT_TRANSLATE_NOOP("ReportHtml", "Body")),
                                          ja(QT_TRANSLATE_NOOP("ReportHtml", "Agenda and summary")),
                                          ja(QT_TRANSLATE_NOOP("ReportHtml", "Attendees"))});
        for (const ActivityReport::Meeting& m : r.meetings) {
            Cell what;
            add(what, m.title, true);
            for (const QString& item : m.agenda)
                add(what, QStringLiteral("・") + item);
            for (const QString& part : m.summary.isEmpty() ? QStringList() : m.summary.split(u'\n'))
                add(what, part);
            t.rows << QList<Cell>{dateCell(m.date, m.number), cell(m.body), what,
                                  cell(number(m.attendees), true)};
        }
        out << tableBlock(t);
    }

    void trainings(QList<Block>& out) const
    {
        if (r.trainings.isEmpty()) {
            out << line(Block::Kind::Text,
                        ja(QT_TRANSLATE_NOOP("ReportHtml", "No trainings were held in this fiscal year.")));
            return;
        }
        Table t = table({12, 38, 13, 8, 0}, {ja(QT_TRANSLATE_NOOP("ReportHtml", "Date")),
                                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Cases and mini lectures")),
                                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Format")),
                                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Participants")),
                                             ja(QT_TRANSLATE_NOOP("ReportHtml", "Lecturers"))});
        for (const ActivityReport::Training& tr : r.trainings) {
            Cell content;
            add(content, tr.title, true);
            if (!tr.theme.isEmpty())
                add(content, ActivityReport::quotedTheme(tr.theme));
            if (!tr.venue.isEmpty())
                add(content, QStringLiteral("会場：%1").arg(tr.venue));
            for (const auto& [kind, titles] : tr.programme) {
                add(content, QStringLiteral("【%1】").arg(kind));
                for (const QString& title : titles)
                    add(content, title);
            }
            // Each lecturer's affiliation, then the name on a line of its own that never breaks.
            Cell lecturers;
            for (const ActivityReport::Lecturer& l : tr.lecturers) {
                if (!l.affiliation.isEmpty())
                    add(lecturers, l.affiliation);
                add(lecturers, l.name, false, true);
            }
            t.rows << QList<Cell>{dateCell(tr.date, tr.number), content, cell(tr.format), cell(number(tr.participants), true), lecturers};
        }
        out << tableBlock(t);
        out << line(Block::Kind::Note, ja(QT_TRANSLATE_NOOP("ReportHtml", "Participants exclude lecturers and secretariat "
                                                                          "staff; — means not recorded.")));
    }

    static QList<Cell> countRow(const QString& label, const QString& count, int distinct, bool bold = false)
    {
        return {cell(label, false, bold), cell(count, true, bold), cell(QString::number(distinct), true, bold)};
    }

    static Table countTable(const QString& what, const CountTable& counts)
    {
        Table t = table({0, 20, 20}, {what, ja(QT_TRANSLATE_NOOP("ReportHtml", "Total participations")),
                                      ja(QT_TRANSLATE_NOOP("ReportHtml", "Distinct persons"))});
        for (const CountTable::Row& row : counts.rows)
            t.rows << countRow(row.label, number(row.count), row.distinctPersons);
        return t;
    }

    void professions(QList<Block>& out) const
    {
        for (const auto& [heading, column, counts] :
             {std::tuple{QT_TRANSLATE_NOOP("ReportHtml", "By profession group"),
                         QT_TRANSLATE_NOOP("ReportHtml", "Profession group"), &r.byGroup},
              std::tuple{QT_TRANSLATE_NOOP("ReportHtml", "By profession"), QT_TRANSLATE_NOOP("ReportHtml", "Profession"),
                         &r.byProfession}}) {
            out << line(Block::Kind::Subheading, ja(heading));
            Table t = countTable(ja(column), *counts);
            t.rows << countRow(ja(QT_TRANSLATE_NOOP("ReportHtml", "Total")), QString::number(counts->total),
                               counts->distinctPersons, true);
            out << tableBlock(t);
        }
        out << line(Block::Kind::Note,
                    ja(QT_TRANSLATE_NOOP("ReportHtml", "Distinct persons count named participants only; participants "
                                                       "counted as a number cannot be told apart.")));
    }

    void organisations(QList<Block>& out) const
    {
        if (r.byOrganisation.rows.isEmpty()) {
            out << line(Block::Kind::Text, ja(QT_TRANSLATE_NOOP("ReportHtml", "No participation was recorded.")));
            return;
        }
        out << tableBlock(countTable(ja(QT_TRANSLATE_NOOP("ReportHtml", "Organisation")), r.byOrganisation));
    }

    void years(QList<Block>& out) const
    {
        QList<double> widths{34};
        QStringList header{QString()};
        for (const ActivityReport::YearSummary& y : r.years) {
            widths << 0;
            header << y.year.label();
        }
        Table t = table(widths, header);
        const auto row = [&](const QString& label,
                             const std::function<QString(const ActivityReport::YearSummary&)>& value) {
            QList<Cell> cells{cell(label)};
            for (const ActivityReport::YearSummary& y : r.years)
                cells << cell(value(y), true);
            t.rows << cells;
        };
        row(ja(QT_TRANSLATE_NOOP("ReportHtml", "Meetings held (number)")),
            [](const auto& y) { return QString::number(y.meetings); });
        row(ja(QT_TRANSLATE_NOOP("ReportHtml", "Trainings held (number)")),
            [](const auto& y) { return QString::number(y.trainings); });
        row(ja(QT_TRANSLATE_NOOP("ReportHtml", "Total participations")),
            [](const auto& y) { return QString::number(y.participants); });
        row(ja(QT_TRANSLATE_NOOP("ReportHtml", "Distinct persons")),
            [](const auto& y) { return QString::number(y.distinctPersons); });
        // Every profession group seen in any of the years, in the order of the code list.
        QStringList keys, labels;
        for (const ActivityReport::YearSummary& y : r.years)
            for (const CountTable::Row& g : y.byGroup.rows)
                if (!keys.contains(g.key)) {
                    keys << g.key;
                    labels << g.label;
                }
        for (int i = 0; i < keys.size(); ++i)
            row(QStringLiteral("　%1").arg(labels.at(i)), [&keys, i](const ActivityReport::YearSummary& y) -> QString {
                for (const CountTable::Row& g : y.byGroup.rows)
                    if (g.key == keys.at(i))
                        return number(g.count);
                return QStringLiteral("0");
            });
        out << tableBlock(t);
    }

private:
    const ActivityReport& r;
};
} // namespace

ReportDocument ReportDocument::build(const ActivityReport& report)
{
    ReportDocument d;
    d.title = ja(QT_TRANSLATE_NOOP("ReportHtml", "%1 %2 activity report")).arg(report.year.label(), report.councilName);
    d.chartTitle = ja(QT_TRANSLATE_NOOP("ReportHtml", "Participants by profession (chart)"));
    d.blocks << line(Block::Kind::Title, d.title, Paragraph::Align::Center);
    Block issuer;
    issuer.kind = Block::Kind::Text;
    for (const QString& text :
         {JapaneseDate::formatLongNoWeekday(report.issued), report.councilName,
          ja(QT_TRANSLATE_NOOP("ReportHtml", "Secretariat: %1")).arg(report.secretariat)})
        issuer.lines << Paragraph{text, false, false, Paragraph::Align::Right};
    d.blocks << issuer;
    if (!report.recipient.isEmpty())
        d.blocks << line(Block::Kind::Text, ja(QT_TRANSLATE_NOOP("ReportHtml", "To: %1")).arg(report.recipient));
    d.blocks << line(Block::Kind::Text,
                     ja(QT_TRANSLATE_NOOP("ReportHtml", "We report the activities of %1 in %2 as follows."))
                         .arg(report.councilName, report.year.label()));

    const Builder b(report);
    const auto section = [&d](int n, const char* heading, const std::function<void(QList<Block>&)>& body) {
        d.blocks << line(Block::Kind::Heading, QStringLiteral("%1　%2").arg(n).arg(ja(heading)));
        body(d.blocks);
    };
    section(1, QT_TRANSLATE_NOOP("ReportHtml", "Organisation of the council"), [&b](auto& out) { b.bodies(out); });
    section(2, QT_TRANSLATE_NOOP("ReportHtml", "Meetings held"), [&b](auto& out) { b.meetings(out); });
    section(3, QT_TRANSLATE_NOOP("ReportHtml", "Trainings held"), [&b](auto& out) { b.trainings(out); });
    section(4, QT_TRANSLATE_NOOP("ReportHtml", "Participants by profession"), [&b](auto& out) { b.professions(out); });
    section(5, QT_TRANSLATE_NOOP("ReportHtml", "Participation by organisation"),
            [&b](auto& out) { b.organisations(out); });
    section(6, QT_TRANSLATE_NOOP("ReportHtml", "Comparison with the previous years"), [&b](auto& out) { b.years(out); });
    Block chart;
    chart.kind = Block::Kind::Chart;
    d.blocks << chart;
    return d;
}
