#include "AppPaths.h"
#include "Locale.h"
#include "cli/Cli.h"
#include "text/TextCodec.h"
#include "util/CliRun.h"
#include "util/TestEnvironment.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// renkei-cli, driven in-process through Cli::run with QBuffers for standard output and error.
// Exit codes: 0 success, 1 data or validation error, 2 usage error.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void help();
    void initAndCheck();
    void initRefusesExistingFile_data();
    void initRefusesExistingFile();
    void checkRefusesWhatIsNotARenkeiDatabase_data();
    void checkRefusesWhatIsNotARenkeiDatabase();
    void checkFindsBrokenReference();
    void usageErrors_data();
    void usageErrors();
    void databaseFromOptionOrEnvironment();
    void importCommand();
    void importDryRun();
    void importBrokenFile();
    void exportCommand_data();
    void exportCommand();
    void exportToFile();
    void countsJson_data();
    void countsJson();
    void countsByProfessionHasNoDates();
    void countsOtherBreakdowns_data();
    void countsOtherBreakdowns();
    void countsCsv();
    void countsCrossTableAndCp932();
    void countsXlsx();
    void search_data();
    void search();
    void searchFindsNothing();
    void backup();
    void realBinarySpeaksJapanese();

private:
    // A new database with the Kaga sample, made by `init --sample kaga`.
    QString kagaDatabase();
    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {


QString fixture(const QString& name)
{
    return TestEnvironment::dataFile(QStringLiteral("import/") + name);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<cannot read>");
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray Bom("\xEF\xBB\xBF");
const QString Shirasaki = QStringLiteral("白\uFA11直樹");

} // namespace

QString TestCli::kagaDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("kaga-%1.sqlite").arg(++m_counter));
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--sample"),
                          QStringLiteral("kaga")});
    if (r.code != 0)
        qWarning().noquote() << r.text();
    return r.code == 0 ? path : QString();
}

void TestCli::initTestCase()
{
    Locale::installTranslations(*QCoreApplication::instance(),
                                QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(qEnvironmentVariableIsEmpty("RENKEI_DB"));
}

void TestCli::cleanup()
{
    qunsetenv("RENKEI_DB"); // whatever a test did, the next one starts without it
}

void TestCli::help()
{
    const CliRun r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const char* command : {"init", "check", "import", "export", "counts", "search", "backup"})
        QVERIFY2(text.contains(QLatin1String(command)), command);
    QVERIFY(text.contains(QLatin1String("RENKEI_DB")));
    // The synopsis offers every report format the command takes (DOCX was missing from it).
    QVERIFY2(text.contains(QLatin1String("--format pdf|docx|odt|html")), qPrintable(text));
}

void TestCli::initAndCheck()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() > 0);
    CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(r.out.contains("OK"), qPrintable(r.text()));

    const QString empty = m_dir.filePath(QStringLiteral("empty-council.sqlite"));
    r = cli({QStringLiteral("--db"), empty, QStringLiteral("init")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    r = cli({QStringLiteral("--db"), empty, QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    r = cli({QStringLiteral("--db"), empty, QStringLiteral("export"), QStringLiteral("people"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    // An unknown sample is a usage error and leaves no file behind.
    const QString none = m_dir.filePath(QStringLiteral("no-sample.sqlite"));
    r = cli({QStringLiteral("--db"), none, QStringLiteral("init"), QStringLiteral("--sample"),
             QStringLiteral("atlantis")});
    QVERIFY2(r.code == 2, qPrintable(r.text()));
    QVERIFY(!QFile::exists(none));
}

void TestCli::initRefusesExistingFile_data()
{
    QTest::addColumn<bool>("database");
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("text file") << false << QByteArray("氏名,職種\n白﨑直樹,医師\n");
    QTest::addRow("Renkei database") << true << QByteArray();
}

void TestCli::initRefusesExistingFile()
{
    QFETCH(bool, database);
    QFETCH(QByteArray, content);
    QString path;
    if (database) {
        path = kagaDatabase();
        QVERIFY(!path.isEmpty());
    } else {
        path = m_dir.filePath(QStringLiteral("notes-%1.txt").arg(++m_counter));
        QVERIFY(writeFile(path, content));
    }
    const QByteArray before = readAll(path);
    for (const QStringList& extra :
         {QStringList(), QStringList{QStringLiteral("--sample"), QStringLiteral("kaga")}}) {
        const CliRun r = cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("init")} + extra);
        QVERIFY2(r.code == 1, qPrintable(r.text()));
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.text()));
        QVERIFY(QFile::exists(path));
        QVERIFY(readAll(path) == before);
    }
    if (database) {
        const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.text()));
    }
}

void TestCli::checkRefusesWhatIsNotARenkeiDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("text file") << QByteArray("加賀市在宅医療連携推進協議会\r\n会議録\r\n");
    QTest::addRow("zero-length file") << QByteArray();
    QTest::addRow("SQLite-looking header, too short") << QByteArray("SQLite format 3\0", 16);
}

void TestCli::checkRefusesWhatIsNotARenkeiDatabase()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("not-renkei-%1.sqlite").arg(++m_counter));
    QVERIFY(writeFile(path, content));
    for (const char* command : {"check", "counts", "search", "export"}) {
        QStringList args{QStringLiteral("--db"), path, QLatin1String(command)};
        if (qstrcmp(command, "counts") == 0)
            args << QStringLiteral("--fiscal-year") << QStringLiteral("R6");
        else if (qstrcmp(command, "search") == 0)
            args << QStringLiteral("白崎");
        else if (qstrcmp(command, "export") == 0)
            args << QStringLiteral("people");
        const CliRun r = cli(args);
        QVERIFY2(r.code == 1, qPrintable(QLatin1String(command) + u'\n' + r.text()));
        QVERIFY2(r.err.contains(QFileInfo(path).fileName().toUtf8()), qPrintable(r.text()));
        QVERIFY(r.out.isEmpty());
    }
    // Byte for byte unchanged, and nothing made next to it.
    QCOMPARE(readAll(path), content);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));

    // A file that does not exist is not created by check.
    const QString missing = m_dir.filePath(QStringLiteral("missing-%1.sqlite").arg(m_counter));
    const CliRun r = cli({QStringLiteral("--db"), missing, QStringLiteral("check")});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY(!QFile::exists(missing));
}

// check exits 0 only if everything holds: a dangling reference is a data error that is named.
void TestCli::checkFindsBrokenReference()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name, organisation_id) VALUES ('幽霊', 9999)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY2(r.err.contains("person") && r.err.contains("organisation"), qPrintable(r.text()));
    QVERIFY2(!r.out.contains("OK"), qPrintable(r.text()));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args"); // after --db FILE
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::addRow("unknown command") << QStringList{s("frobnicate")};
    QTest::addRow("no command") << QStringList();
    QTest::addRow("unknown global option") << QStringList{s("--bogus"), s("check")};
    QTest::addRow("check with an argument") << QStringList{s("check"), s("extra")};
    QTest::addRow("init with an unknown option") << QStringList{s("init"), s("--colour")};
    QTest::addRow("counts without --fiscal-year") << QStringList{s("counts")};
    QTest::addRow("counts, fiscal year abc") << QStringList{s("counts"), s("--fiscal-year"), s("abc")};
    QTest::addRow("counts, fiscal year R0") << QStringList{s("counts"), s("--fiscal-year"), s("R0")};
    QTest::addRow("counts, fiscal year 令和0年度")
        << QStringList{s("counts"), s("--fiscal-year"), s("令和0年度")};
    QTest::addRow("counts, unknown breakdown")
        << QStringList{s("counts"), s("--fiscal-year"), s("R6"), s("--by"), s("weekday")};
    QTest::addRow("counts, unknown format")
        << QStringList{s("counts"), s("--fiscal-year"), s("R6"), s("--format"), s("xml")};
    QTest::addRow("counts, --fiscal-year without value") << QStringList{s("counts"), s("--fiscal-year")};
    QTest::addRow("counts, xlsx to standard output")
        << QStringList{s("counts"), s("--fiscal-year"), s("R6"), s("--format"), s("xlsx")};
    QTest::addRow("counts, cross table as json") << QStringList{
        s("counts"), s("--fiscal-year"), s("R6"), s("--by"), s("event-profession"), s("--format"), s("json")};
    QTest::addRow("counts, unknown encoding")
        << QStringList{s("counts"), s("--fiscal-year"), s("R6"), s("--encoding"), s("euc-jp")};
    QTest::addRow("counts, encoding of json") << QStringList{
        s("counts"), s("--fiscal-year"), s("R6"), s("--format"), s("json"), s("--encoding"), s("cp932")};
    QTest::addRow("import without file") << QStringList{s("import"), s("people")};
    QTest::addRow("import of an unknown kind")
        << QStringList{s("import"), s("pets"), fixture(s("people_en.csv"))};
    QTest::addRow("export without kind") << QStringList{s("export")};
    QTest::addRow("export of an unknown kind") << QStringList{s("export"), s("pets")};
    QTest::addRow("export, unknown format")
        << QStringList{s("export"), s("people"), s("--format"), s("pdf")};
    QTest::addRow("export, xlsx to standard output")
        << QStringList{s("export"), s("people"), s("--format"), s("xlsx")};
    QTest::addRow("export, encoding of json")
        << QStringList{s("export"), s("people"), s("--format"), s("json"), s("--encoding"), s("cp932")};
    QTest::addRow("search without text") << QStringList{s("search")};
    QTest::addRow("search for blanks") << QStringList{s("search"), s("\u3000 ")};
    QTest::addRow("backup without file") << QStringList{s("backup")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const QByteArray before = readAll(path);
    const CliRun r = cli(QStringList{QStringLiteral("--db"), path} + args);
    QVERIFY2(r.code == 2, qPrintable(r.text()));
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.text()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.text()));
    QVERIFY(readAll(path) == before);

    const CliRun noFile = cli({QStringLiteral("--db")});
    QCOMPARE(noFile.code, 2);
}

void TestCli::databaseFromOptionOrEnvironment()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const QString name = QFileInfo(path).fileName();
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.sqlite"));

    qputenv("RENKEI_DB", QFile::encodeName(path));
    CliRun r = cli({QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(r.out.contains(name.toUtf8()), qPrintable(r.text()));
    r = cli({QStringLiteral("search"), QStringLiteral("ｼﾗｻｷ")});
    QVERIFY2(r.code == 0 && QString::fromUtf8(r.out).contains(Shirasaki), qPrintable(r.text()));

    // --db wins over the environment, in both spellings.
    qputenv("RENKEI_DB", QFile::encodeName(missing));
    r = cli({QStringLiteral("check")});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY2(r.err.contains("nowhere.sqlite"), qPrintable(r.text()));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    r = cli({QStringLiteral("--db=") + path, QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(!QFile::exists(missing));

    // Without either: the window's default database, which in this isolated home does not exist.
    qunsetenv("RENKEI_DB");
    const QString fallback = AppPaths::defaultDatabasePath();
    QVERIFY(fallback.startsWith(TestEnvironment::root()) || !QFile::exists(fallback));
    r = cli({QStringLiteral("check")});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY(!QFile::exists(fallback));
}

void TestCli::importCommand()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("people"),
                    fixture(QStringLiteral("people_en.csv"))});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("山田花子")) &&
                 out.contains(QStringLiteral("さくら訪問看護ステーション")),
             qPrintable(r.text()));
    QVERIFY2(out.contains(QStringLiteral("added 1 organisation(s), 1 person(s); 0 updated, 1 skipped")), qPrintable(r.text()));

    r = cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("attendance"),
             fixture(QStringLiteral("attendance_cp932.csv"))});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("CP932")), qPrintable(r.text()));

    r = cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("people"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QStringList names;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        names << v.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("山田花子")) && names.contains(QStringLiteral("髙田和子")),
             qPrintable(names.join(u',')));
    QCOMPARE(names.size(), 4);

    // counts see the new participant: 22 + 髙田和子 on 2024-12-12.
    r = cli({QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
             QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QJsonObject counts = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(counts.value(QStringLiteral("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             23);
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 45);
    QCOMPARE(counts.value(QStringLiteral("distinct_persons")).toInt(), 1);

    // Importing into a database that does not exist is a data error, and creates nothing.
    const QString missing = m_dir.filePath(QStringLiteral("import-missing.sqlite"));
    r = cli({QStringLiteral("--db"), missing, QStringLiteral("import"), QStringLiteral("people"),
             fixture(QStringLiteral("people_en.csv"))});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY(!QFile::exists(missing));
}

void TestCli::importDryRun()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const auto exportAll = [&path]() {
        QByteArray all;
        for (const char* kind : {"organisations", "people", "events", "attendance"})
            all += cli({QStringLiteral("--db"), path, QStringLiteral("export"), QLatin1String(kind)}).out;
        return all;
    };
    const QByteArray before = exportAll();
    const CliRun r =
        cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("attendance"),
             fixture(QStringLiteral("attendance_en.csv")), QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("added 1 organisation(s), 1 person(s), 3 attendance record(s); 0 updated, 0 skipped")), qPrintable(r.text()));
    QVERIFY2(out.contains(QStringLiteral("山田花子")), qPrintable(r.text()));
    QCOMPARE(exportAll(), before);
}

void TestCli::importBrokenFile()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const auto exportAll = [&path]() {
        QByteArray all;
        for (const char* kind : {"organisations", "people", "events", "attendance"})
            all += cli({QStringLiteral("--db"), path, QStringLiteral("export"), QLatin1String(kind)}).out;
        return all;
    };
    const QByteArray before = exportAll();
    for (const QString& file :
         {QStringLiteral("err_people_all_or_nothing.csv"), QStringLiteral("err_unknown_column.csv"),
          QStringLiteral("err_invalid_cp932.csv"), QStringLiteral("err_empty.csv")}) {
        for (const bool dry : {false, true}) {
            QStringList args{QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("people"),
                             fixture(file)};
            if (dry)
                args << QStringLiteral("--dry-run");
            const CliRun r = cli(args);
            QVERIFY2(r.code == 1, qPrintable(file + u'\n' + r.text()));
            QVERIFY2(r.err.contains(file.toUtf8()), qPrintable(r.text()));
        }
    }
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("people"),
                          fixture(QStringLiteral("err_people_all_or_nothing.csv"))});
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("row 5")) && err.contains(QStringLiteral("職種")) &&
                 err.contains(QStringLiteral("魔法使い")),
             qPrintable(r.text()));
    QCOMPARE(exportAll(), before);

    const CliRun missing =
        cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("people"),
             m_dir.filePath(QStringLiteral("no-such-file.csv"))});
    QVERIFY2(missing.code == 1, qPrintable(missing.text()));
    QVERIFY2(missing.err.contains("no-such-file.csv"), qPrintable(missing.text()));
}

void TestCli::exportCommand_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("header");
    QTest::addRow("organisations") << QStringLiteral("organisations") << 11
                                   << QStringLiteral("name,reading,category,address,phone,note");
    QTest::addRow("people") << QStringLiteral("people") << 2
                            << QStringLiteral(
                                   "name,reading,profession,organisation,department,title,email,phone,note");
    QTest::addRow("events") << QStringLiteral("events") << 3
                            << QStringLiteral(
                                   "kind,date,start,end,title,theme,series,number,body,venue,format,co_organisers,"
                                   "purpose,outcomes,headcount");
    QTest::addRow("attendance") << QStringLiteral("attendance") << 0
                                << QStringLiteral(
                                       "date,event,name,reading,organisation,profession,status,role");
}

void TestCli::exportCommand()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    QFETCH(QString, header);
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());

    CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("export"), kind});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(r.out.startsWith(Bom), qPrintable(r.text())); // for Japanese Excel
    const QString csv = QString::fromUtf8(r.out.mid(3));
    QVERIFY2(csv.startsWith(header + QStringLiteral("\r\n")), qPrintable(csv.left(200)));

    CliRun csvExplicit = cli({QStringLiteral("--db"), path, QStringLiteral("export"), kind,
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csvExplicit.code, 0);
    QCOMPARE(csvExplicit.out, r.out);

    r = cli({QStringLiteral("--db"), path, QStringLiteral("export"), kind, QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), rows);
    if (rows > 0)
        QCOMPARE(QStringList(doc.array().at(0).toObject().keys()).size(), header.split(u',').size());
}

void TestCli::exportToFile()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const CliRun toStdout =
        cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("events")});
    QCOMPARE(toStdout.code, 0);
    for (const QString& option : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        const QString target = m_dir.filePath(QStringLiteral("events%1.csv").arg(option));
        const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("export"),
                              QStringLiteral("events"), option, target});
        QVERIFY2(r.code == 0, qPrintable(r.text()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.text()));
        QCOMPARE(readAll(target), toStdout.out);
    }
    // An existing file is replaced whole.
    const QString target = m_dir.filePath(QStringLiteral("people.json"));
    QVERIFY(writeFile(target, QByteArray(100000, 'x')));
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("people"),
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), target});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(QJsonDocument::fromJson(readAll(target)).array().size(), 2);
    // A folder that does not exist: data error, nothing written.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/people.csv"));
    const CliRun bad = cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("people"),
                            QStringLiteral("-o"), nowhere});
    QVERIFY2(bad.code == 1, qPrintable(bad.text()));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::countsJson_data()
{
    QTest::addColumn<QString>("year");
    QTest::addRow("R6") << QStringLiteral("R6");
    QTest::addRow("2024") << QStringLiteral("2024");
    QTest::addRow("令和6年度") << QStringLiteral("令和6年度");
    QTest::addRow("令和6") << QStringLiteral("令和6");
}

void TestCli::countsJson()
{
    QFETCH(QString, year);
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const CliRun r =
        cli({QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"), year,
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + r.text()));
    const QJsonObject root = doc.object();
    QCOMPARE(QStringList(root.keys()),
             (QStringList{QStringLiteral("by"), QStringLiteral("distinct_persons"),
                          QStringLiteral("fiscal_year"), QStringLiteral("rows"), QStringLiteral("total")}));
    QVERIFY(root.value(QStringLiteral("fiscal_year")).isDouble());
    QCOMPARE(root.value(QStringLiteral("fiscal_year")).toInt(), 2024);
    QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("event"));
    QVERIFY(root.value(QStringLiteral("total")).isDouble());
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), 44);
    QVERIFY(root.value(QStringLiteral("distinct_persons")).isDouble());
    QCOMPARE(root.value(QStringLiteral("distinct_persons")).toInt(), 0);

    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    const QStringList dates{QStringLiteral("2024-12-12"), QStringLiteral("2025-01-22"),
                            QStringLiteral("2025-01-30")};
    const QStringList titles{QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会"),
                             QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会"),
                             QStringLiteral("脳卒中地域連携・コラボ研修会")};
    QSet<QString> keys;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(QStringList(row.keys()), (QStringList{QStringLiteral("count"), QStringLiteral("date"),
                                                       QStringLiteral("key"), QStringLiteral("label")}));
        QCOMPARE(row.value(QStringLiteral("date")).toString(), dates.at(i));
        QVERIFY2(row.value(QStringLiteral("label")).toString().startsWith(titles.at(i)),
                 qPrintable(row.value(QStringLiteral("label")).toString()));
        const QJsonValue key = row.value(QStringLiteral("key"));
        QVERIFY(!key.isNull() && !key.isUndefined());
        keys.insert(key.toVariant().toString());
    }
    QCOMPARE(keys.size(), 3); // keys tell the events apart
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("count")).isDouble());
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("count")).toInt(), 22);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("count")).toInt(), 22);
    QVERIFY(rows.at(2).toObject().value(QStringLiteral("count")).isNull()); // never recorded
    // The first and second case-study meetings share a title; their labels still differ.
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("label")) !=
            rows.at(1).toObject().value(QStringLiteral("label")));

    // Another fiscal year: no events, zero totals.
    const CliRun before =
        cli({QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
             QStringLiteral("R5"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(before.code == 0, qPrintable(before.text()));
    const QJsonObject r5 = QJsonDocument::fromJson(before.out).object();
    QCOMPARE(r5.value(QStringLiteral("fiscal_year")).toInt(), 2023);
    QCOMPARE(r5.value(QStringLiteral("rows")).toArray().size(), 0);
    QCOMPARE(r5.value(QStringLiteral("total")).toInt(), 0);
}

void TestCli::countsByProfessionHasNoDates()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("counts"),
                          QStringLiteral("--fiscal-year"), QStringLiteral("R6"), QStringLiteral("--by"),
                          QStringLiteral("profession"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("profession"));
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), 44);
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QVERIFY(!rows.isEmpty());
    int unknown = -1;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY2(!row.contains(QStringLiteral("date")), qPrintable(QString::fromUtf8(r.out)));
        QCOMPARE(QStringList(row.keys()),
                 (QStringList{QStringLiteral("count"), QStringLiteral("key"), QStringLiteral("label")}));
        if (row.value(QStringLiteral("key")).toString() == QLatin1String("unknown"))
            unknown = row.value(QStringLiteral("count")).toInt();
    }
    QCOMPARE(unknown, 44); // the seed's 22 + 22 have no profession
}

void TestCli::countsOtherBreakdowns_data()
{
    QTest::addColumn<QString>("by");
    QTest::addRow("profession-group") << QStringLiteral("profession-group");
    QTest::addRow("organisation") << QStringLiteral("organisation");
    QTest::addRow("event") << QStringLiteral("event");
}

void TestCli::countsOtherBreakdowns()
{
    QFETCH(QString, by);
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
                    QStringLiteral("R6"), QStringLiteral("--by"), by, QStringLiteral("--format"),
                    QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("by")).toString(), by);
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), 44);
    int sum = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("rows")).toArray()) {
        QCOMPARE(v.toObject().contains(QStringLiteral("date")), by == QLatin1String("event"));
        sum += v.toObject().value(QStringLiteral("count")).toInt();
    }
    QCOMPARE(sum, 44); // the breakdown adds up to the total
    r = cli({QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
             QStringLiteral("R6"), QStringLiteral("--by"), by});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(r.out.startsWith(Bom));
}

void TestCli::countsCsv()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const QStringList args{QStringLiteral("--db"), path, QStringLiteral("counts"),
                           QStringLiteral("--fiscal-year"), QStringLiteral("R6")};
    const CliRun r = cli(args);
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(r.out.startsWith(Bom), qPrintable(r.out.left(16).toHex(' ')));
    const QString csv = QString::fromUtf8(r.out.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 4, qPrintable(csv));
    // The event list: wareki and ISO date, title, kind, organiser, participants.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral(
                 "令和6年12月12日,2024-12-12,かかりつけ医等認知症対応力向上研修会 地域事例検討会")),
             qPrintable(csv));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",22")), qPrintable(csv));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("令和7年1月22日,2025-01-22,")) &&
                 lines.at(2).endsWith(QStringLiteral(",22")),
             qPrintable(csv));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("令和7年1月30日,2025-01-30,脳卒中地域連携・コラボ研修会")) &&
                 lines.at(3).endsWith(u','),
             qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",44\r\n")), qPrintable(csv));

    const CliRun explicitCsv = cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(explicitCsv.out, r.out);

    const QString target = m_dir.filePath(QStringLiteral("counts-r6.csv"));
    const CliRun toFile = cli(args + QStringList{QStringLiteral("-o"), target});
    QVERIFY2(toFile.code == 0, qPrintable(toFile.text()));
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(target), r.out);

    const QString jsonTarget = m_dir.filePath(QStringLiteral("counts-r6.json"));
    const CliRun json = cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("--output"), jsonTarget});
    QVERIFY2(json.code == 0, qPrintable(json.text()));
    QCOMPARE(QJsonDocument::fromJson(readAll(jsonTarget)).object().value(QStringLiteral("total")).toInt(),
             44);
}

void TestCli::countsCrossTableAndCp932()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const QStringList args{QStringLiteral("--db"), path, QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
                           QStringLiteral("R6"), QStringLiteral("--by"), QStringLiteral("event-profession")};
    const CliRun utf8 = cli(args);
    QVERIFY2(utf8.code == 0, qPrintable(utf8.text()));
    QVERIFY(utf8.out.startsWith(Bom));
    QVERIFY2(utf8.out.contains(",Total,44,44\r\n"), utf8.out.constData());

    const CliRun cp932 = cli(args + QStringList{QStringLiteral("--encoding"), QStringLiteral("cp932")});
    QVERIFY2(cp932.code == 0, qPrintable(cp932.text()));
    QVERIFY(!cp932.out.startsWith(Bom));
    const auto decoded = TextCodec::decode(cp932.out, nullptr);
    QVERIFY(decoded && decoded->encoding == TextCodec::Encoding::Cp932);
    QCOMPARE(decoded->text, QString::fromUtf8(utf8.out.mid(3)));
}

void TestCli::countsXlsx()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const QString target = m_dir.filePath(QStringLiteral("counts-r6.xlsx"));
    const QStringList args{QStringLiteral("--db"),   path,   QStringLiteral("counts"), QStringLiteral("--fiscal-year"),
                           QStringLiteral("令和6年度"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("-o")};
    const CliRun r = cli(args + QStringList{target});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(readAll(target).startsWith("PK")); // a zip: the workbook

    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/counts.xlsx"));
    const CliRun failed = cli(args + QStringList{nowhere});
    QCOMPARE(failed.code, 1);
    QVERIFY2(QString::fromUtf8(failed.err).contains(QDir::toNativeSeparators(nowhere)), qPrintable(failed.text()));
}

void TestCli::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addRow("half-width katakana ｼﾗｻｷ") << QStringLiteral("ｼﾗｻｷ") << Shirasaki;
    QTest::addRow("keyboard kanji 白崎") << QStringLiteral("白崎") << Shirasaki;
    QTest::addRow("hiragana しらさき") << QStringLiteral("しらさき") << Shirasaki;
    QTest::addRow("katakana シラサキ") << QStringLiteral("シラサキ") << Shirasaki;
    QTest::addRow("seed kanji 白﨑") << QStringLiteral("白\uFA11") << Shirasaki;
    QTest::addRow("full name with a space") << QStringLiteral("白崎 直樹") << Shirasaki;
    QTest::addRow("organisation, half-width")
        << QStringLiteral("医療ｾﾝﾀｰ") << QStringLiteral("加賀市医療センター");
    QTest::addRow("event by title") << QStringLiteral("コラボ")
                                    << QStringLiteral("脳卒中地域連携・コラボ研修会");
}

void TestCli::search()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("search"), text});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.out).contains(found), qPrintable(r.text()));
}

void TestCli::searchFindsNothing()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    const CliRun r =
        cli({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("存在しない名前")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCli::backup()
{
    const QString path = kagaDatabase();
    QVERIFY(!path.isEmpty());
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("attendance"),
                 fixture(QStringLiteral("attendance_en.csv"))})
                .code == 0);
    const QString target = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(++m_counter));
    CliRun r = cli({QStringLiteral("--db"), path, QStringLiteral("backup"), target});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(QFileInfo(target).size() > 0);
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    r = cli({QStringLiteral("--db"), target, QStringLiteral("check")});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    for (const char* kind : {"organisations", "people", "events", "attendance"}) {
        const CliRun original =
            cli({QStringLiteral("--db"), path, QStringLiteral("export"), QLatin1String(kind)});
        const CliRun copy =
            cli({QStringLiteral("--db"), target, QStringLiteral("export"), QLatin1String(kind)});
        QCOMPARE(copy.code, 0);
        QCOMPARE(copy.out, original.out);
    }

    // An existing target is refused and left alone: a backup, and a file of something else.
    const QByteArray backupBytes = readAll(target);
    r = cli({QStringLiteral("--db"), path, QStringLiteral("backup"), target});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY(readAll(target) == backupBytes);
    const QString other = m_dir.filePath(QStringLiteral("minutes.txt"));
    QVERIFY(writeFile(other, QByteArray("会議録\n")));
    r = cli({QStringLiteral("--db"), path, QStringLiteral("backup"), other});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QCOMPARE(readAll(other), QByteArray("会議録\n"));
    // The database itself is never a backup target.
    const QByteArray dbBytes = readAll(path);
    r = cli({QStringLiteral("--db"), path, QStringLiteral("backup"), path});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY(readAll(path) == dbBytes);
}

// The installed program, under a Japanese locale, speaks Japanese on standard error.
void TestCli::realBinarySpeaksJapanese()
{
    const QString program = qEnvironmentVariable("RENKEI_CLI");
    if (program.isEmpty())
        QFAIL("RENKEI_CLI is not set; ctest sets it to the renkei-cli binary.");
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
    const QString missing = m_dir.filePath(QStringLiteral("missing-council.sqlite"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "RENKEI_DB"})
        env.remove(QLatin1String(var));
    env.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("--db"), missing, QStringLiteral("check")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("missing-council.sqlite")), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!QFile::exists(missing));

    // The file name is ASCII, so any kana or kanji comes from the translation.
    static const QRegularExpression japanese(QStringLiteral("[\\p{Hiragana}\\p{Katakana}\\p{Han}]"));
    QVERIFY2(japanese.match(err).hasMatch(),
             qPrintable(QStringLiteral("under LANG=ja_JP.UTF-8 renkei-cli answers in English: ") + err.trimmed()));
    QVERIFY2(!err.contains(QLatin1String("does not exist")), qPrintable(err));
}

RENKEI_TEST_MAIN(TestCli)
#include "TestCli.moc"
