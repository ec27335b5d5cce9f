// renkei-bench-window FILE: times the real window on a large database — opening it, the first
// showing of each page, and search-as-you-type on the People page — and prints a Markdown table
// (median of several runs after a warm-up run). A benchmark, not a test: it never fails on a
// slow figure, it marks it.
//
// It runs the widgets offscreen (QT_QPA_PLATFORM=offscreen unless set) with HOME and XDG_*
// pointed at a temporary folder, so it never reads or writes the user's settings. Each run
// builds a new Session and MainWindow, as starting the app does; "shown" means the window (or
// page) has been laid out and painted once and the posted events are done.

#include "BenchTable.h"
#include "Locale.h"
#include "common/FoldingFilterProxy.h"
#include "common/Session.h"
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "events/AttendanceTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/RosterModel.h"
#include "service/AttendanceService.h"
#include "service/EventService.h"
#include "people/PeoplePage.h"
#include "people/PersonEditor.h"
#include "people/PersonListModel.h"
#include "pages/RecordPage.h"
#include "service/Services.h"
#include "window/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace {

// Points HOME and XDG_* at `root` (before QApplication exists).
void isolate(const QString& root)
{
    for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = root + u'/' + QString::fromLatin1(var).toLower();
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(var, path.toLocal8Bit());
    }
    qunsetenv("RENKEI_DB");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Lets the window finish what a user would wait for: posted events (layouts, queued calls),
// one full paint of `widget`, then the events posted meanwhile.
void settle(QWidget* widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One key as a committed input method sends it (a kana or a kanji), or Backspace.
void press(QWidget* widget, const QString& text)
{
    const bool backspace = text == QStringLiteral("\b");
    const int key = backspace ? Qt::Key_Backspace : Qt::Key_unknown;
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, backspace ? QString() : text);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, backspace ? QString() : text);
    QApplication::sendEvent(widget, &up);
}

struct Series
{
    QString name;
    double limitMs = 0;
    qint64 rows = 0;
    std::vector<double> ms;
    qint64 queries = -1; // of the last run
};

class WindowBench
{
public:
    WindowBench(QString path, FiscalYear year) : m_path(std::move(path)), m_year(year) {}

    // One run: open, show every page once, type on the People page. Timings of the warm-up
    // run are dropped.
    bool run(bool record)
    {
        m_record = record;
        m_seen.clear();
        QElapsedTimer timer;
        timer.start();
        m_queries.restart();
        auto session = std::make_unique<Session>();
        session->setFiscalYear(m_year);
        if (Status st = session->open(m_path); !st) {
            QTextStream(stderr) << "renkei-bench-window: " << st.fullText() << '\n';
            return false;
        }
        auto window = std::make_unique<MainWindow>(*session);
        window->show();
        settle(window.get());
        add(QStringLiteral("Open: `Session::open` + `MainWindow` + first page (%1) shown")
                .arg(window->page(0)->title()),
            1000, 0, elapsedMs(timer));

        for (int i = 1; i < window->pageCount(); ++i) {
            timer.start();
            m_queries.restart();
            window->showPage(i);
            settle(window.get());
            const auto* list = qobject_cast<RecordPage*>(window->page(i));
            add(QStringLiteral("Switch to %1 (first time: loads its list)").arg(window->page(i)->title()), 1000,
                list ? list->listView()->model()->rowCount() : 0, elapsedMs(timer));
        }

        window->showPage(3);
        settle(window.get());
        auto* people = qobject_cast<RecordPage*>(window->page(3));
        if (!people)
            return false;
        QLineEdit* search = people->searchEdit();
        search->setFocus();
        const QAbstractItemModel* list = people->listView()->model();
        const auto type = [&](const QString& key, const QString& label) {
            timer.start();
            m_queries.restart();
            press(search, key);
            settle(people->listView());
            add(QStringLiteral("%1 keystroke on %2: search \"%3\"")
                    .arg(window->page(3)->title(), label, search->text()),
                50, list->rowCount(), elapsedMs(timer));
        };
        // Kana one at a time (the worst case: each one filters), then back to the whole list.
        for (const QString& kana : {QStringLiteral("た"), QStringLiteral("か"), QStringLiteral("は"),
                                    QStringLiteral("し")})
            type(kana, QStringLiteral("type %1").arg(kana));
        for (int i = 0; i < 4; ++i)
            type(QStringLiteral("\b"), QStringLiteral("Backspace"));
        // A name committed by the input method at once, and a rare one.
        type(QStringLiteral("髙橋"), QStringLiteral("commit 髙橋"));
        type(QStringLiteral("\b"), QStringLiteral("Backspace"));
        type(QStringLiteral("\b"), QStringLiteral("Backspace"));
        type(QStringLiteral("ｼﾗｻｷ"), QStringLiteral("commit ｼﾗｻｷ"));
        search->clear();
        settle(window.get());

        // One committed field, as the clerk makes it: the current person's department typed and
        // left (editingFinished), saved through PeopleService as one undoable step, the change
        // applied to that one row and the list painted again.
        if (auto* page = qobject_cast<PeoplePage*>(people)) {
            QLineEdit* department = page->editor()->departmentEdit();
            department->setText(department->text() == QStringLiteral("地域連携室") ? QStringLiteral("医療相談室")
                                                                                 : QStringLiteral("地域連携室"));
            QueryCounter counter(session->db().connection());
            timer.start();
            emit department->editingFinished();
            settle(people->listView());
            const double ms = elapsedMs(timer);
            // The Rows column holds the statements the step ran (QueryCounter on the session's connection).
            add(QStringLiteral("%1 one committed field (a person's department: save, apply to its row, paint); "
                               "Rows = queries run")
                    .arg(window->page(3)->title()),
                16, counter.count(), ms);
        }

        timer.start();

        m_queries.restart();
        window.reset();
        session.reset();
        add(QStringLiteral("Close: destroy the window and the session"), 0, 0, elapsedMs(timer));
        return true;
    }

    void report(BenchTable& table) const
    {
        for (const QString& name : m_order) {
            const Series& s = m_series.at(name);
            table.add(s.name, s.limitMs, s.rows, s.ms, s.queries);
        }
    }

private:
    void add(const QString& name, double limitMs, qint64 rows, double ms)
    {
        // The same step twice in a run (Backspace to the same text) is one series per occurrence.
        QString key = name;
        for (int n = 2; m_seen.contains(key); ++n)
            key = name + QStringLiteral(" (%1)").arg(n);
        m_seen << key;
        if (!m_record)
            return;
        auto [it, inserted] = m_series.try_emplace(key);
        if (inserted) {
            m_order << key;
            it->second.name = key;
            it->second.limitMs = limitMs;
        }
        it->second.rows = rows;
        it->second.ms.push_back(ms);
        it->second.queries = m_queries.count();
    }

    QString m_path;
    FiscalYear m_year;
    bool m_record = false;
    QueryCounter m_queries; // the statements of the step being timed
    QStringList m_seen;
    QStringList m_order;
    std::map<QString, Series> m_series;
};

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        QTextStream(stderr) << "renkei-bench-window: no temporary folder\n";
        return 1;
    }
    isolate(home.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Renkei"));
    QCoreApplication::setApplicationName(QStringLiteral("renkei-bench-window"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the window (offscreen) on a Renkei database: opening, each page, search-as-you-type; "
                       "prints a Markdown table of medians."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringList{QStringLiteral("runs")},
                                        QStringLiteral("Timed runs (default 7), after one warm-up run."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption yearOption(QStringList{QStringLiteral("fiscal-year")},
                                        QStringLiteral("The fiscal year the window shows (default 2024)."),
                                        QStringLiteral("Y"), QStringLiteral("2024"));
    parser.addOptions({runsOption, yearOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The database to open."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        err << "renkei-bench-window: give one database file\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const int runs = std::max(3, parser.value(runsOption).toInt());
    const auto year = FiscalYear::parse(parser.value(yearOption));
    if (!year) {
        err << "renkei-bench-window: not a fiscal year: " << parser.value(yearOption) << '\n';
        return 2;
    }
    Locale::installTranslations(app, QLocale(QLocale::Japanese, QLocale::Japan));

    out << "Window on " << QFileInfo(path).fileName() << ", " << year->label() << ", platform "
        << QGuiApplication::platformName() << "\nMachine: " << BenchTable::machine() << "; median of " << runs
        << " runs after one warm-up run\n\n";
    out.flush();
    err << "Measuring the window on " << path << " …\n";

    WindowBench bench(path, *year);
    for (int i = 0; i <= runs; ++i) {
        if (!bench.run(i > 0))
            return 1;
    }
    BenchTable table(runs, 0);
    bench.report(table);

    // What the first showing of 関係者 is made of.
    {
        Database db;
        if (Status st = db.open(path); !st) {
            err << "renkei-bench-window: " << st.fullText() << '\n';
            return 1;
        }
        Services services(db);
        PersonListModel model;
        table.measure(QStringLiteral("Parts of the 関係者 switch: `PersonListModel::load`"), 0, [&] {
            (void)model.load(&services);
            return qint64(model.rowCount());
        });
        table.measure(QStringLiteral("Parts of the 関係者 switch: `FoldingFilterProxy` sorts the loaded list by name"), 0,
                      [&] {
                          FoldingFilterProxy proxy;
                          proxy.setSourceModel(&model);
                          proxy.sort(0);
                          return qint64(proxy.rowCount());
                      });
    }
    // One attendance ticked on a roster of about 60 people, through the 出欠 tab as the page does
    // (AttendanceTab::toggle: the service's transaction, then the typed change applied to that
    // roster row, the tally and the event's row in the list), timed until all of them show it.
    {
        Session session;
        if (Status st = session.open(path); !st) {
            err << "renkei-bench-window: " << st.fullText() << '\n';
            return 1;
        }
        session.setFiscalYear(*year);
        // The event of the year whose roster is closest to 60 people (not timed).
        qint64 eventId = 0;
        bool meeting = false;
        qsizetype best = -1;
        const auto events = EventService(session.services()).list(year->firstDay(), year->lastDay());
        for (const EventService::ListRow& r : events.valueOr({})) {
            const qsizetype size = AttendanceService(session.services()).roster(r.event.id).entries().size();
            if (best < 0 || std::abs(size - 60) < std::abs(best - 60)) {
                best = size;
                eventId = r.event.id;
                meeting = r.meeting;
            }
        }
        EventsPage page(session, meeting ? EventsPage::Meetings : EventsPage::Trainings);
        page.resize(1366, 768);
        page.show();
        QCoreApplication::processEvents();
        page.selectId(eventId);
        AttendanceTab* tab = page.editor()->attendance();
        const qint64 personId = tab->roster()->rowCount() > 0
                                    ? tab->roster()->index(0, 0).data(RosterModel::PersonIdRole).toLongLong()
                                    : 0;
        QueryCounter counter(session.db().connection());
        tab->toggle(personId); // warm-up, and the query count of one tick
        counter.restart();
        tab->toggle(personId);
        const qint64 queries = counter.count();
        table.measure(QStringLiteral("One attendance ticked on a %1-person roster (`AttendanceTab::toggle` until the "
                                     "row, the tally and the list row show it; %2 queries)")
                          .arg(best)
                          .arg(queries),
                      16, [&] {
                          tab->toggle(personId);
                          return qint64(tab->roster()->rowCount());
                      });
    }
    out << '\n';
    table.print(out);
    return 0;
}
