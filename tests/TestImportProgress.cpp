#include "db/Database.h"
#include "io/ImportTable.h"
#include "io/Importer.h"
#include "util/DatabaseDump.h"
#include "util/GeneratedImport.h"
#include "util/TestEnvironment.h"

#include <QTemporaryDir>
#include <QtTest>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

// An import reports its progress through Importer::Options::progress, the one callback that the
// window's ImportJob (a progress bar with Cancel) and renkei-cli import (on a terminal) use.
class TestImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressRisesByOneToTotal_data();
    void progressRisesByOneToTotal();
    void cancelStopsAndWritesNothing();
    void commandLineShowsProgressOnlyOnATerminal();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A new database with 10 events and a table of 300 attendance rows for it; none on failure.
    std::optional<ImportTable> prepare(Database& db);

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

struct Call
{
    int done;
    int total;
};

// Runs renkei-cli with `args` on a pseudo-terminal (standard output and error both go to it) and
// returns what it wrote there; empty (and a test failure message) when it could not be started.
QByteArray runOnTerminal(const QStringList& args, int* exitCode)
{
    const QByteArray program = qEnvironmentVariable("RENKEI_CLI").toLocal8Bit();
    QList<QByteArray> argv8{program};
    for (const QString& a : args)
        argv8 << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return {};
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    QByteArray output;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has closed the terminal
        output.append(buffer, n);
    }
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return output;
}

} // namespace

void TestImportProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::optional<ImportTable> TestImportProgress::prepare(Database& db)
{
    const QString csv = path(QStringLiteral("rows-%1.csv").arg(++m_files));
    QStringList errors;
    if (!GeneratedImport::createDatabase(db, path(QStringLiteral("db-%1.renkei").arg(m_files)), 10)
        || !GeneratedImport::writeAttendance(csv, 300, 10, 7))
        return std::nullopt;
    auto table = ImportTable::read(csv, Importer::fields(Importer::Kind::Attendance), &errors);
    if (!table)
        qWarning().noquote() << errors.join(u'\n');
    return table;
}

void TestImportProgress::progressRisesByOneToTotal_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("recordOnly");
    QTest::addRow("import") << false << false;
    QTest::addRow("dry run") << true << false;
    QTest::addRow("recorded for undo (the window)") << false << true;
}

// Called after every row: done rises by one from 1 to the number of rows, total never changes.
void TestImportProgress::progressRisesByOneToTotal()
{
    QFETCH(bool, dryRun);
    QFETCH(bool, recordOnly);
    Database db;
    const auto table = prepare(db);
    QVERIFY(table);

    QList<Call> calls;
    Importer::Options options;
    options.dryRun = dryRun;
    options.recordOnly = recordOnly;
    options.progress = [&calls](int done, int total) {
        calls << Call{done, total};
        return true;
    };
    ImportReport report;
    const Status st = Importer(db).run(Importer::Kind::Attendance, *table, options, &report);
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
    QCOMPARE(calls.size(), 300);
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).done, i + 1);
        QCOMPARE(calls.at(i).total, 300);
    }
    QCOMPARE(report.addedCounts.value(ImportReport::Record::Attendance), 300);
}

// Cancelling (the callback answers false) stops at that row and writes nothing, also the
// people and organisations the rows before it had added.
void TestImportProgress::cancelStopsAndWritesNothing()
{
    Database db;
    const auto table = prepare(db);
    QVERIFY(table);
    const QString before = DatabaseDump::dump(db);

    int calls = 0;
    Importer::Options options;
    options.progress = [&calls](int done, int) {
        ++calls;
        return done < 150; // Cancel pressed while row 150 was imported
    };
    ImportReport report;
    const Status st = Importer(db).run(Importer::Kind::Attendance, *table, options, &report);
    QVERIFY(!st.ok());
    QVERIFY(report.cancelled);
    QVERIFY2(st.message().contains(QLatin1String("cancelled")), qPrintable(st.fullText()));
    QCOMPARE(calls, 150);
    QCOMPARE(DatabaseDump::dump(db), before);

    // The connection is left usable: the next import commits.
    options.progress = {};
    ImportReport again;
    QVERIFY(Importer(db).run(Importer::Kind::Attendance, *table, options, &again));
    QCOMPARE(again.addedCounts.value(ImportReport::Record::Attendance), 300);
}

// renkei-cli import shows "Importing: row n of N" on standard error when it is a terminal, and
// nothing of it when standard error is a file or a pipe (a script, a log).
void TestImportProgress::commandLineShowsProgressOnlyOnATerminal()
{
    if (qEnvironmentVariableIsEmpty("RENKEI_CLI"))
        QFAIL("RENKEI_CLI is not set; ctest sets it to the renkei-cli binary.");
    const QString csv = path(QStringLiteral("cli.csv"));
    QVERIFY(GeneratedImport::writeAttendance(csv, 500, 10, 7));
    const QString progressText = QStringLiteral("Importing: row 500 of 500");

    {
        Database db;
        const QString file = path(QStringLiteral("cli-tty.renkei"));
        QVERIFY(GeneratedImport::createDatabase(db, file, 10));
        db.close();
        int exitCode = -1;
        const QString shown = QString::fromUtf8(runOnTerminal(
            {QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("attendance"), csv}, &exitCode));
        QVERIFY2(exitCode == 0, qPrintable(shown));
        QVERIFY2(shown.contains(u'\r' + progressText), qPrintable(shown.left(2000)));
    }
    {
        Database db;
        const QString file = path(QStringLiteral("cli-pipe.renkei"));
        QVERIFY(GeneratedImport::createDatabase(db, file, 10));
        db.close();
        QProcess cli;
        cli.start(qEnvironmentVariable("RENKEI_CLI"),
                  {QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("attendance"), csv});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(!err.contains(QLatin1String("Importing:")) && !out.contains(QLatin1String("Importing:")), qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("500 rows read")), qPrintable(out.right(500)));
    }
}

RENKEI_TEST_MAIN(TestImportProgress)
#include "TestImportProgress.moc"
