// renkei-bench FILE: times what the window and the command line do on a large database and
// prints a Markdown table (median of several runs after a warm-up run). A benchmark, not a
// test: it never fails on a slow figure, it marks it.
//
// Core only (no Qt Widgets), so that it builds while the user interface is being changed;
// where a page's model does the work, the benchmark repeats the model's calls to the core
// (see the comment at each measurement).

#include "BenchTable.h"
#include "ImportBench.h"
#include "export/CountsExport.h"
#include "db/QueryCounter.h"
#include "report/ActivityReport.h"
#include "report/ReportWriter.h"
#include "counts/ParticipantCounts.h"
#include "date/FiscalYear.h"
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "db/SearchKeys.h"
#include "io/Exporter.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "service/EventService.h"
#include "service/Services.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "text/TextCodec.h"
#include "text/TextFolding.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

volatile qint64 g_sink = 0;

// What ui/events/EventListModel::load does for one fiscal year (both events pages together):
// EventService::list (events, kind, organiser and participant count in a fixed number of
// queries) and each row's folded search key. Keep in step with the model.
qint64 loadEventList(Database& db, const FiscalYear& year)
{
    Services services(db);
    const auto rows = EventService(services).list(year.firstDay(), year.lastDay());
    if (!rows)
        return -1;
    for (const EventService::ListRow& r : *rows) {
        const QString& searchKey = r.searchKey;
        // Keep the results observable so that nothing is optimised away.
        g_sink = g_sink + r.kindCode.size() + r.kind.size() + r.participants.value_or(0) + searchKey.size();
    }
    return rows->size();
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Rows of `table` whose search key holds the folded `text`: what a search should find.
qint64 matches(const Database& db, const QString& table, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE instr(search_key, ?) > 0").arg(table));
    q.addBindValue(TextFolding::fold(text));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The import benchmark runs each import in a child process of its own (ImportBench).
    if (argc == 4 && qstrcmp(argv[1], "--import-child") == 0) {
        QCoreApplication app(argc, argv);
        return ImportBench::child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    // The import benchmark's files, to profile an import by hand: renkei-bench --import-data DIR
    // writes DIR/attendance.csv (100,000 rows) and DIR/events.renkei; then renkei-cli --db
    // DIR/events.renkei import attendance DIR/attendance.csv.
    if (argc == 3 && qstrcmp(argv[1], "--import-data") == 0) {
        QCoreApplication app(argc, argv);
        const QDir dir(QString::fromLocal8Bit(argv[2]));
        ImportBenchData::Sizes sizes;
        Status st = ImportBenchData::writeCsv(dir.filePath(QStringLiteral("attendance.csv")), sizes);
        if (st)
            st = ImportBenchData::createDatabase(dir.filePath(QStringLiteral("events.renkei")), sizes);
        if (!st)
            QTextStream(stderr) << st.fullText() << '\n';
        return st ? 0 : 1;
    }
    // The report lays out text and draws PDF pages: fonts need a GUI application (offscreen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("renkei-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times opening, listing, counting, searching and exporting on a Renkei database (make "
                       "a large one with "
                       "renkei-generate) and prints a Markdown table of medians."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringList{QStringLiteral("runs")},
                                        QStringLiteral("Timed runs per measurement (default 7)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption yearOption(QStringList{QStringLiteral("fiscal-year")},
                                        QStringLiteral("The fiscal year to list and count (default 2024)."),
                                        QStringLiteral("Y"), QStringLiteral("2024"));
    const QCommandLineOption importRowsOption(
        QStringList{QStringLiteral("import-rows")},
        QStringLiteral("Rows of the large import benchmark (default 100000; a tenth is measured too; 0 leaves it out)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption importOnlyOption(QStringList{QStringLiteral("import-only")},
                                              QStringLiteral("Only the import benchmark (no FILE)."));
    parser.addOptions({runsOption, yearOption, importRowsOption, importOnlyOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The database to measure."));
    parser.process(app);
    const int importRows = parser.value(importRowsOption).toInt();
    const int runs = std::max(3, parser.value(runsOption).toInt());
    const auto importBenchmark = [&]() {
        if (importRows <= 0)
            return true;
        // 5 rows a person, 25 people an organisation, 200 people an event (issue 9: 100,000 rows
        // creating 20,000 people and 800 organisations).
        QList<ImportBenchData::Sizes> sizes;
        for (const int rows : {importRows / 10, importRows}) {
            ImportBenchData::Sizes s;
            s.rows = rows;
            s.people = std::max(1, rows / 5);
            s.organisations = std::max(1, rows / 125);
            sizes << s;
        }
        out << "\n";
        return ImportBench::run(sizes, std::min(runs, 5), out);
    };
    if (parser.isSet(importOnlyOption))
        return importBenchmark() ? 0 : 1;
    if (parser.positionalArguments().size() != 1) {
        err << "renkei-bench: give one database file\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto year = FiscalYear::parse(parser.value(yearOption));
    if (!year) {
        err << "renkei-bench: not a fiscal year: " << parser.value(yearOption) << '\n';
        return 2;
    }

    Database db;
    if (Status st = db.open(path); !st) {
        err << "renkei-bench: " << st.fullText() << '\n';
        return 1;
    }
    const QString fy = QString::number(year->startYear());

    // ---- the data and the machine -------------------------------------------------------
    out << "Database: " << QFileInfo(path).fileName() << " (" << QFileInfo(path).size() / (1024 * 1024)
        << " MiB): " << scalar(db, QStringLiteral("SELECT count(*) FROM organisation")) << " organisations, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM person")) << " people, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM event")) << " events, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM attendance")) << " attendance rows, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM headcount")) << " headcounts\n";
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT sqlite_version()"));
        q.next();
        out << "Machine: " << BenchTable::machine() << ", SQLite " << q.value(0).toString()
            << "; median of up to " << runs << " runs after one warm-up\n\n";
    }
    out.flush(); // before the progress lines on standard error
    err << "Measuring " << path << " …\n";

    BenchTable bench(runs, 10000);

    // ---- opening ------------------------------------------------------------------------
    bench.measure(QStringLiteral("Open the database (`Database::open`)"), 0, [&] {
        Database other;
        const Status st = other.open(path);
        return qint64(st.ok() ? other.schemaVersion() : -1);
    });
    qint64 listQueries = 0;
    {
        QueryCounter counter(db.connection());
        loadEventList(db, *year);
        listQueries = counter.count();
    }
    bench.measure(
        QStringLiteral("Events of FY%1 with counts (`EventListModel::load`: `EventService::list`, %2 queries)")
            .arg(fy)
            .arg(listQueries),
        0, [&] { return loadEventList(db, *year); });
    bench.measure(QStringLiteral("Window open, core part: open + events of FY%1 with counts").arg(fy), 1000,
                  [&] {
                      Database other;
                      if (!other.open(path))
                          return qint64(-1);
                      return loadEventList(other, *year);
                  });

    // ---- counts -------------------------------------------------------------------------
    ParticipantCounts counts(db);
    qint64 allFour = 0;
    for (const auto by : {CountTable::Breakdown::Event, CountTable::Breakdown::Profession,
                          CountTable::Breakdown::ProfessionGroup, CountTable::Breakdown::Organisation}) {
        bench.measure(QStringLiteral("Counts FY%1 by %2 (`ParticipantCounts::compute`)")
                          .arg(fy, CountTable::breakdownName(by)),
                      1000, [&] {
                          Status st;
                          const auto table = counts.compute(*year, by, &st);
                          return table ? qint64(table->rows.size()) : qint64(-1);
                      });
    }
    bench.measure(QStringLiteral("Counts FY%1, all four breakdowns (the report's tables)").arg(fy), 2000,
                  [&] {
                      allFour = 0;
                      for (const auto by :
                           {CountTable::Breakdown::Event, CountTable::Breakdown::Profession,
                            CountTable::Breakdown::ProfessionGroup, CountTable::Breakdown::Organisation}) {
                          Status st;
                          if (const auto table = counts.compute(*year, by, &st))
                              allFour += table->rows.size();
                      }
                      return allFour;
                  });

    // ---- the activity report and the counts workbook ----------------------------------
    // Its query count beside the time: fixed, whatever the year's events, items and seats.
    qint64 reportQueries = 0;
    {
        const QueryCounter counter(db.connection());
        const auto report = ActivityReport::build(db, *year, QDate::currentDate(), nullptr);
        reportQueries = report ? counter.count() : -1;
    }
    bench.measure(QStringLiteral("Activity report FY%1, data (`ActivityReport::build`, %2 queries)").arg(fy).arg(reportQueries), 2000, [&] {
        const auto report = ActivityReport::build(db, *year, QDate::currentDate(), nullptr);
        return report ? qint64(report->trainings.size() + report->meetings.size()) : qint64(-1);
    });
    for (const auto format : {ReportWriter::Format::Pdf, ReportWriter::Format::Odt, ReportWriter::Format::Html}) {
        bench.measure(QStringLiteral("Activity report FY%1 as %2 (data, layout, file bytes)")
                          .arg(fy, ReportWriter::suffix(format).toUpper()),
                      2000, [&] {
                          const auto report = ActivityReport::build(db, *year, QDate::currentDate(), nullptr);
                          return report ? qint64(ReportWriter::render(*report, format).size()) : qint64(-1);
                      });
    }
    bench.measure(QStringLiteral("Counts workbook FY%1 as XLSX, all five sheets (`CountsExport`)").arg(fy), 2000,
                  [&] {
                      const auto bytes = CountsExport::toBytes(db, *year, CountsExport::Kind::EventProfession,
                                                               CountsExport::Format::Xlsx, nullptr);
                      return bytes ? qint64(bytes->size()) : qint64(-1);
                  });

    // ---- search-as-you-type -------------------------------------------------------------
    PersonStore people(db);
    for (const QString& typed :
         {QStringLiteral("た"), QStringLiteral("たか"), QStringLiteral("たかは"), QStringLiteral("髙"),
          QStringLiteral("高橋"), QStringLiteral("ｼﾗｻｷ"), QStringLiteral("ぬ")}) {
        bench.measure(
            QStringLiteral("Person search \"%1\" (`PersonStore::search`, limit 200)").arg(typed), 50,
            [&] { return qint64(people.search(typed, 200)->size()); },
            std::min<qint64>(200, matches(db, QStringLiteral("person"), typed)));
    }
    OrganisationStore organisations(db);
    bench.measure(
        QStringLiteral("Organisation search \"やま\" (`OrganisationStore::search`, limit 200)"), 50,
        [&] { return qint64(organisations.search(QStringLiteral("やま"), 200)->size()); },
        std::min<qint64>(200, matches(db, QStringLiteral("organisation"), QStringLiteral("やま"))));

    // ---- full lists ---------------------------------------------------------------------
    bench.measure(QStringLiteral("`OrganisationStore::all`"), 0,
                  [&] { return qint64(organisations.all()->size()); });
    QList<Person> everyone;
    bench.measure(QStringLiteral("`PersonStore::all` (the People page's full list)"), 0, [&] {
        everyone = people.all().valueOr({});
        return qint64(everyone.size());
    });

    // ---- filtering in memory (what a QSortFilterProxyModel over the full list costs) -----
    std::vector<QString> keys;
    bench.measure(QStringLiteral("Fold every person's name and reading (`SearchKeys::forPerson` × all)"), 0,
                  [&] {
                      keys.clear();
                      keys.reserve(std::size_t(everyone.size()));
                      for (const Person& p : everyone)
                          keys.push_back(SearchKeys::forPerson(p.name, p.reading));
                      return qint64(keys.size());
                  });
    bench.measure(
        QStringLiteral("Filter by folding every name per keystroke \"たか\" (`TextFolding::fold` × all)"), 50,
        [&] {
            const QString needle = TextFolding::fold(QStringLiteral("たか"));
            qint64 n = 0;
            for (const Person& p : everyone)
                if (SearchKeys::forPerson(p.name, p.reading).contains(needle))
                    ++n;
            return n;
        });
    bench.measure(QStringLiteral("Filter pre-folded keys per keystroke \"たか\" (`FoldingFilterProxy` way)"),
                  50, [&] {
                      const QString needle = TextFolding::fold(QStringLiteral("たか"));
                      qint64 n = 0;
                      for (const QString& k : keys)
                          if (k.contains(needle))
                              ++n;
                      return n;
                  });

    // ---- export -------------------------------------------------------------------------
    QTemporaryDir tmp;
    const auto exportCsv = [&](Importer::Kind kind, const QString& file) {
        const Result<DataTable> table = Exporter(db).table(kind);
        if (!table)
            return qint64(-1);
        const auto bytes = TextCodec::encode(table->toCsv(), TextCodec::Encoding::Utf8, true, nullptr);
        QFile f(tmp.filePath(file));
        if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
            return qint64(-1);
        return qint64(table->rows.size());
    };
    bench.measure(QStringLiteral("Export people to CSV (`Exporter` + UTF-8 with BOM + write)"), 0,
                  [&] { return exportCsv(Importer::Kind::People, QStringLiteral("people.csv")); });
    bench.measure(QStringLiteral("Export attendance to CSV (`Exporter` + UTF-8 with BOM + write)"), 0,
                  [&] { return exportCsv(Importer::Kind::Attendance, QStringLiteral("attendance.csv")); });

    out << '\n';
    bench.print(out);
    out.flush();
    return importBenchmark() ? 0 : 1;
}
