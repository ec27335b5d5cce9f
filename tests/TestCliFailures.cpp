#include "cli/Cli.h"
#include "attendance/AttendanceRules.h"
#include "db/ConnectionSpec.h"
#include "db/Database.h"
#include "db/SearchKeys.h"
#include "io/Exporter.h"
#include "report/ActivityReport.h"
#include "report/SignInSheet.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "config-renkei-tests.h"
#include "util/CliRun.h"
#include "util/TestEnvironment.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <functional>

// Every renkei-cli command that reads exits 1 with a message, and leaves no output file behind,
// when the database was altered underneath (a table dropped, a column renamed), cannot be read
// (pages corrupted, the file truncated) or cannot be opened at all. Before, `export` wrote a
// header-only file and exited 0, `check` passed a file without programme_lecturer, `report` left
// every lecturer out and `search` said nothing matched.
class TestCliFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectionDescription_data();
    void connectionDescription();
    void postgresqlIsRefusedNotTakenForAFile();
    void checkNamesWhatDiffersFromTheSchema_data();
    void checkNamesWhatDiffersFromTheSchema();
    void commandsFailOnDamagedDatabases_data();
    void commandsFailOnDamagedDatabases();
    void commandsFailWhenTheConnectionFails_data();
    void commandsFailWhenTheConnectionFails();
    void undamagedDatabaseStillWorks();
    void coreReadsFailWhenTheConnectionIsLost();
    void commandsOpenRecordsOnlyThroughTheBaseClass();

private:
    QString variantPath(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_dir;
    QString m_template;
    QStringList m_variants;
    QHash<QString, QString> m_corruptedTable; // variant → the table whose pages it damages ("" = all)
    QSet<QString> m_partial;                  // variants that damage a table's pages but not its root
};

namespace {

using Run = CliRun;

// Runs SQL on `path` with a connection of its own (foreign keys off, as a careless tool would).
bool alter(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        c.setDatabaseName(path);
        ok = c.open();
        QSqlQuery q(c);
        for (const QString& s : statements)
            if (ok && !q.exec(s)) {
                qWarning().noquote() << s << q.lastError().text();
                ok = false;
            }
        if (ok)
            ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    return ok && !QFile::exists(path + QStringLiteral("-wal"));
}

// Root pages of a table and of its indexes.
QList<int> rootPages(const QString& path, const QString& table)
{
    QList<int> pages;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0"));
            q.addBindValue(table);
            if (q.exec())
                while (q.next())
                    pages << q.value(0).toInt();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    return pages;
}

constexpr int PageSize = 4096;

// Where a damage goes in a b-tree page: its type byte (0 is no page type), the high byte of its
// cell count (more cells than fit) or the high byte of its first cell's offset (past the page).
enum class Spot { TypeByte = 0, CellCount = 3, FirstCell = 8 };

// Sets one byte at `spot` of each root page of `table` and its indexes; with `lastLeaf`, of the
// right-most leaf under an interior root instead, so that a scan reads good rows first and fails
// in the middle.
bool corrupt(const QString& path, const QString& table, Spot spot, bool lastLeaf)
{
    const QList<int> roots = rootPages(path, table);
    QFile f(path);
    if (roots.isEmpty() || !f.open(QIODevice::ReadWrite))
        return false;
    int damaged = 0;
    for (int page : roots) {
        qint64 at = qint64(page - 1) * PageSize;
        if (lastLeaf) {
            f.seek(at);
            const QByteArray header = f.read(12);
            if (header.size() < 12 || (header.at(0) != 0x05 && header.at(0) != 0x02))
                continue; // a single-page b-tree has no leaf below its root
            page = int(qFromBigEndian<quint32>(header.constData() + 8));
            at = qint64(page - 1) * PageSize;
        }
        f.seek(at + int(spot));
        const char value = spot == Spot::TypeByte ? char(0x00) : char(0xFF);
        if (f.write(&value, 1) != 1)
            return false;
        ++damaged;
    }
    return damaged > 0;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Invocation
{
    QString name;
    QStringList args; // "@OUT@" becomes the output file
    QStringList reads; // tables the command reads whatever the data; empty = every table
    // Of those, tables read only row by row (by id): damage to the pages of other rows (not the
    // root, which every lookup passes) does not touch what the command writes.
    QStringList byKey = {};
};

QList<Invocation> readingCommands()
{
    const QString out = QStringLiteral("@OUT@");
    const QString o = QStringLiteral("-o");
    QList<Invocation> list;
    list << Invocation{QStringLiteral("check"), {QStringLiteral("check")}, {}};
    list << Invocation{QStringLiteral("backup"), {QStringLiteral("backup"), out}, {}};
    const QList<std::pair<const char*, QStringList>> kinds{
        {"organisations", {QStringLiteral("organisation"), QStringLiteral("code")}},
        {"people", {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("code")}},
        {"events", {QStringLiteral("event"), QStringLiteral("code")}},
        {"attendance",
         {QStringLiteral("attendance"), QStringLiteral("event"), QStringLiteral("person"), QStringLiteral("code")}}};
    const QList<QStringList> formats{{QStringLiteral("--format"), QStringLiteral("csv")},
                                     {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--encoding"),
                                      QStringLiteral("cp932")},
                                     {QStringLiteral("--format"), QStringLiteral("json")},
                                     {QStringLiteral("--format"), QStringLiteral("xlsx")}};
    for (const auto& [kind, reads] : kinds)
        for (const QStringList& format : formats)
            list << Invocation{QStringLiteral("export %1 %2").arg(QLatin1String(kind), format.mid(1).join(u' ')),
                            QStringList{QStringLiteral("export"), QLatin1String(kind)} + format + QStringList{o, out},
                            reads};
    const QStringList counted{QStringLiteral("event"), QStringLiteral("attendance"), QStringLiteral("headcount"),
                              QStringLiteral("code")};
    const QStringList year{QStringLiteral("--fiscal-year"), QStringLiteral("R6")};
    for (const char* by : {"event", "event-profession", "profession", "organisation"})
        list << Invocation{QStringLiteral("counts --by %1 csv").arg(QLatin1String(by)),
                        QStringList{QStringLiteral("counts")} + year +
                            QStringList{QStringLiteral("--by"), QLatin1String(by), o, out},
                        counted, {QStringLiteral("code")}};
    list << Invocation{QStringLiteral("counts json"),
                    QStringList{QStringLiteral("counts")} + year + QStringList{QStringLiteral("--format"), QStringLiteral("json"), o, out},
                    counted, {QStringLiteral("code")}};
    list << Invocation{QStringLiteral("counts xlsx"),
                    QStringList{QStringLiteral("counts")} + year + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), o, out},
                    counted, {QStringLiteral("code")}};
    const QStringList reported{QStringLiteral("setting"),   QStringLiteral("code"),           QStringLiteral("body"),
                               QStringLiteral("membership"), QStringLiteral("event"),          QStringLiteral("programme_item"),
                               QStringLiteral("programme_lecturer"), QStringLiteral("attendance"), QStringLiteral("headcount"),
                               QStringLiteral("person"),     QStringLiteral("organisation")};
    for (const char* format : {"html", "pdf", "docx"})
        list << Invocation{QStringLiteral("report %1").arg(QLatin1String(format)),
                        QStringList{QStringLiteral("report")} + year +
                            QStringList{QStringLiteral("--format"), QLatin1String(format), o, out},
                        reported, {QStringLiteral("person"), QStringLiteral("code")}};
    list << Invocation{QStringLiteral("sign-in-sheet"),
                    {QStringLiteral("sign-in-sheet"), QStringLiteral("--event"), QStringLiteral("2"), o, out},
                    {QStringLiteral("event"), QStringLiteral("code"), QStringLiteral("body"), QStringLiteral("membership"),
                     QStringLiteral("programme_item"), QStringLiteral("programme_lecturer"),
                     QStringLiteral("attendance"), QStringLiteral("person"), QStringLiteral("organisation")},
                    {QStringLiteral("code")}};
    list << Invocation{QStringLiteral("search"),
                    {QStringLiteral("search"), QStringLiteral("加賀")},
                    {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("event")}};
    return list;
}

const QStringList Tables{QStringLiteral("setting"),        QStringLiteral("code"),
                         QStringLiteral("organisation"),   QStringLiteral("person"),
                         QStringLiteral("body"),           QStringLiteral("membership"),
                         QStringLiteral("series"),         QStringLiteral("event"),
                         QStringLiteral("event_co_organiser"), QStringLiteral("programme_item"),
                         QStringLiteral("programme_lecturer"), QStringLiteral("attendance"),
                         QStringLiteral("headcount")};

} // namespace

void TestCliFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The Kaga sample plus 150 people who attended every event, so that person and attendance
    // span several pages (a scan can fail in its middle).
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(TestEnvironment::createKagaDatabase(m_template));
    QStringList fill;
    for (int i = 1; i <= 150; ++i) {
        const QString name = QStringLiteral("加賀太郎%1").arg(i);
        fill << QStringLiteral("INSERT INTO person (name, reading, profession_id, organisation_id, search_key) "
                               "SELECT '%1', 'かがたろう', (SELECT id FROM code WHERE list = 'profession' "
                               "AND code <> 'unknown' ORDER BY id LIMIT 1 OFFSET %2), "
                               "(SELECT id FROM organisation ORDER BY id LIMIT 1 OFFSET %3), '%4'")
                    .arg(name)
                    .arg(i % 5)
                    .arg(i % 11)
                    .arg(SearchKeys::forPerson(name, QStringLiteral("かがたろう")));
    }
    fill << QStringLiteral(
        "INSERT INTO attendance (event_id, person_id, status_id, role_id, profession_id, organisation_id) "
        "SELECT e.id, p.id, (SELECT id FROM code WHERE list = 'attendance-status' AND code = 'present'), "
        "(SELECT id FROM code WHERE list = 'attendance-role' AND code = 'participant'), p.profession_id, "
        "p.organisation_id FROM event e, person p WHERE p.name LIKE '加賀太郎%'");
    QVERIFY(alter(m_template, fill));

    const auto add = [this](const QString& name, const QString& table, const std::function<bool(const QString&)>& damage) {
        const QString path = variantPath(name);
        QVERIFY(QFile::copy(m_template, path));
        QVERIFY2(damage(path), qPrintable(name));
        m_variants << name;
        m_corruptedTable.insert(name, table);
    };
    // Altered underneath: what every command must notice, whatever it reads.
    for (const QString& table : {QStringLiteral("programme_lecturer"), QStringLiteral("attendance"),
                                 QStringLiteral("person"), QStringLiteral("code"), QStringLiteral("headcount")})
        add(QStringLiteral("drop-") + table, QString(), [table](const QString& p) {
            return alter(p, {QStringLiteral("DROP TABLE %1").arg(table)});
        });
    add(QStringLiteral("rename-person-reading"), QString(), [](const QString& p) {
        return alter(p, {QStringLiteral("ALTER TABLE person RENAME COLUMN reading TO yomi")});
    });
    add(QStringLiteral("rename-attendance-role"), QString(), [](const QString& p) {
        return alter(p, {QStringLiteral("ALTER TABLE attendance RENAME COLUMN role_id TO part_id")});
    });
    // Unreadable: single bytes at fixed places of a table's pages.
    for (const QString& table : Tables) {
        add(table + QStringLiteral("-type"), table,
            [table](const QString& p) { return corrupt(p, table, Spot::TypeByte, false); });
        add(table + QStringLiteral("-cells"), table,
            [table](const QString& p) { return corrupt(p, table, Spot::CellCount, false); });
        add(table + QStringLiteral("-pointer"), table,
            [table](const QString& p) { return corrupt(p, table, Spot::FirstCell, false); });
    }
    for (const QString& table : Tables)
        m_partial.insert(table + QStringLiteral("-pointer")); // of an interior root: its right-most child
    for (const QString& table : {QStringLiteral("person"), QStringLiteral("attendance")}) {
        add(table + QStringLiteral("-last-leaf"), table,
            [table](const QString& p) { return corrupt(p, table, Spot::TypeByte, true); });
        m_partial.insert(table + QStringLiteral("-last-leaf"));
    }
    // Truncated: the last pages (attendance's among them) or everything after the schema.
    const qint64 size = QFileInfo(m_template).size();
    add(QStringLiteral("truncated-end"), QString(),
        [size](const QString& p) { return QFile(p).resize(size - 4 * PageSize); });
    add(QStringLiteral("truncated-schema"), QString(),
        [](const QString& p) { return QFile(p).resize(3 * PageSize); });
}

void TestCliFailures::connectionDescription_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("file");
    QTest::newRow("path") << QStringLiteral("/data/kaga.sqlite") << true << QStringLiteral("/data/kaga.sqlite");
    QTest::newRow("relative") << QStringLiteral("kaga.renkei") << true << QStringLiteral("kaga.renkei");
    QTest::newRow("windows") << QStringLiteral("C:\\data\\kaga.renkei") << true << QStringLiteral("C:\\data\\kaga.renkei");
    QTest::newRow("file url") << QStringLiteral("file:///data/kaga.sqlite") << true << QStringLiteral("/data/kaga.sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql://renkei@db.example/kaga") << false << QString();
    QTest::newRow("postgres") << QStringLiteral("postgres://db.example/kaga") << false << QString();
    QTest::newRow("other scheme") << QStringLiteral("mysql://db.example/kaga") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestCliFailures::connectionDescription()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, file);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(text);
    QCOMPARE(spec.ok(), accepted);
    if (accepted) {
        QCOMPARE(spec->backend(), ConnectionSpec::Backend::SqliteFile);
        QCOMPARE(spec->filePath(), file);
    } else {
        QVERIFY(!spec.status().message().isEmpty());
    }
}

void TestCliFailures::postgresqlIsRefusedNotTakenForAFile()
{
    const QString uri = QStringLiteral("postgresql://renkei@localhost/kaga");
    Run r = cli({QStringLiteral("--db"), uri, QStringLiteral("check")});
    QVERIFY2(r.code == 2, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QLatin1String("not supported yet")), qPrintable(r.text()));
    qputenv("RENKEI_DB", uri.toUtf8());
    r = cli({QStringLiteral("init")});
    qunsetenv("RENKEI_DB");
    QVERIFY2(r.code == 2, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QLatin1String("not supported yet")), qPrintable(r.text()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    QVERIFY(!QFileInfo::exists(uri));
}

void TestCliFailures::checkNamesWhatDiffersFromTheSchema_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("programme_lecturer dropped") << QStringLiteral("drop-programme_lecturer")
                                                << QStringList{QStringLiteral("programme_lecturer")};
    QTest::newRow("attendance dropped") << QStringLiteral("drop-attendance") << QStringList{QStringLiteral("attendance")};
    QTest::newRow("person.reading renamed") << QStringLiteral("rename-person-reading")
                                            << QStringList{QStringLiteral("person"), QStringLiteral("reading"),
                                                           QStringLiteral("yomi")};
}

void TestCliFailures::checkNamesWhatDiffersFromTheSchema()
{
    QFETCH(QString, variant);
    QFETCH(QStringList, named);
    const Run r = cli({QStringLiteral("--db"), variantPath(variant), QStringLiteral("check")});
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY2(!r.out.contains("OK"), qPrintable(r.text()));
    for (const QString& n : named)
        QVERIFY2(QString::fromUtf8(r.err).contains(n), qPrintable(n + u'\n' + r.text()));
}

void TestCliFailures::commandsFailOnDamagedDatabases_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("args");
    for (const QString& variant : std::as_const(m_variants)) {
        const QString table = m_corruptedTable.value(variant);
        for (const Invocation& c : readingCommands())
            if (table.isEmpty() || c.reads.isEmpty()
                || (c.reads.contains(table) && !(m_partial.contains(variant) && c.byKey.contains(table))))
                QTest::addRow("%s: %s", qPrintable(variant), qPrintable(c.name)) << variant << c.args;
    }
}

void TestCliFailures::commandsFailOnDamagedDatabases()
{
    QFETCH(QString, variant);
    QFETCH(QStringList, args);
    const QString source = variantPath(variant);
    const QByteArray before = readAll(source);
    QTemporaryDir outDir(m_dir.filePath(QStringLiteral("out-XXXXXX")));
    QVERIFY(outDir.isValid());
    args.replaceInStrings(QStringLiteral("@OUT@"), outDir.filePath(QStringLiteral("output")));
    const Run r = cli(QStringList{QStringLiteral("--db"), source} + args);
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.text()));
    QVERIFY2(!r.err.contains("Nothing matches"), qPrintable(r.text()));
    QVERIFY2(!r.out.contains(": OK"), qPrintable(r.text()));
    const QStringList left = QDir(outDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',') + u'\n' + r.text()));
    QVERIFY2(readAll(source) == before, "a reading command changed the database");
}

void TestCliFailures::commandsFailWhenTheConnectionFails_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("args");
    for (const char* damage : {"directory", "header", "missing"})
        for (const Invocation& c : readingCommands())
            QTest::addRow("%s: %s", damage, qPrintable(c.name)) << QString::fromLatin1(damage) << c.args;
}

void TestCliFailures::commandsFailWhenTheConnectionFails()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, args);
    QTemporaryDir dir(m_dir.filePath(QStringLiteral("conn-XXXXXX")));
    const QString path = dir.filePath(QStringLiteral("council.sqlite"));
    if (damage == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path)); // chmod 000 does not stop root; a folder where the file was does
    } else if (damage == QLatin1String("header")) {
        QVERIFY(QFile::copy(m_template, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write("SQLite format 2", 15);
    }
    QTemporaryDir outDir(m_dir.filePath(QStringLiteral("out-XXXXXX")));
    args.replaceInStrings(QStringLiteral("@OUT@"), outDir.filePath(QStringLiteral("output")));
    const Run r = cli(QStringList{QStringLiteral("--db"), path} + args);
    QVERIFY2(r.code == 1, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("council.sqlite")), qPrintable(r.text()));
    QVERIFY(QDir(outDir.path()).isEmpty());
    if (damage == QLatin1String("missing"))
        QVERIFY(!QFileInfo::exists(path));
}

// The same commands on the undamaged template succeed: the failures above come from the damage.
void TestCliFailures::undamagedDatabaseStillWorks()
{
    for (const Invocation& c : readingCommands()) {
        QTemporaryDir outDir(m_dir.filePath(QStringLiteral("out-XXXXXX")));
        QStringList args = c.args;
        args.replaceInStrings(QStringLiteral("@OUT@"), outDir.filePath(QStringLiteral("output")));
        const Run r = cli(QStringList{QStringLiteral("--db"), m_template} + args);
        QVERIFY2(r.code == 0, qPrintable(c.name + u'\n' + r.text()));
        if (args.contains(QStringLiteral("-o")) || c.name == QLatin1String("backup"))
            QVERIFY2(QFileInfo(outDir.filePath(QStringLiteral("output"))).size() > 0, qPrintable(c.name));
    }
}

// The connection goes away after the records were opened (as a server connection can): every
// read the commands use reports a failure instead of an empty list, "not found" or a thin report.
void TestCliFailures::coreReadsFailWhenTheConnectionIsLost()
{
    Database db;
    QVERIFY(db.open(m_template, Database::Access::ReadOnly));
    QVERIFY(Exporter(db).table(Importer::Kind::Attendance).ok());
    QVERIFY(PersonStore(db).get(1).ok() && PersonStore(db).get(1)->has_value());
    db.connection().close();

    for (const Importer::Kind kind : {Importer::Kind::Organisations, Importer::Kind::People,
                                      Importer::Kind::Events, Importer::Kind::Attendance}) {
        const Result<DataTable> table = Exporter(db).table(kind);
        QVERIFY(!table.ok());
        QVERIFY(!table.status().message().isEmpty());
    }
    QVERIFY(!PersonStore(db).get(1).ok()); // not "no such person"
    QVERIFY(!PersonStore(db).search(QStringLiteral("加賀")).ok());
    QVERIFY(!OrganisationStore(db).search(QStringLiteral("加賀")).ok());
    QVERIFY(!EventStore(db).between(QDate(2024, 4, 1), QDate(2025, 3, 31)).ok());
    Status st;
    QVERIFY(!ActivityReport::build(db, FiscalYear(2024), QDate(2025, 4, 1), &st));
    QVERIFY(!st.message().isEmpty());
    const SignInSheet sheet(db, 2);
    QVERIFY(!sheet.isValid());
    QVERIFY(!sheet.status());
    QVERIFY(!EventRoster(db, 2).status());
    // Not "no lecturer, so a participant" nor "not in use, so deletable".
    QVERIFY(!AttendanceRules::defaultRole(db, 1, 1).ok());
    QVERIFY(!CodeListStore(db).isInUse(1).ok());
}

// A command is handed a connection description and opens the records through Command (one way
// to open, one way to report a failure to open); none opens a file or runs SQL itself, so that a
// server backend plugs in without touching the commands.
void TestCliFailures::commandsOpenRecordsOnlyThroughTheBaseClass()
{
    const QDir cli(QStringLiteral(RENKEI_SOURCE_DIR "/cli"));
    const QStringList sources = cli.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
    QVERIFY(sources.contains(QStringLiteral("ExportCommand.cpp")));
    const QRegularExpression forbidden(QStringLiteral(
        R"(Database\s+\w+\s*;|\bdb\.(open|create)\(|QSqlDatabase|QSqlQuery|QString&\s*databasePath)"));
    for (const QString& name : sources) {
        if (name.startsWith(QLatin1String("Command.")))
            continue; // the base class is where records are opened
        QFile file(cli.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch m = forbidden.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(name + QStringLiteral(": ") + m.captured()));
    }
}

RENKEI_PAINT_TEST_MAIN(TestCliFailures)
#include "TestCliFailures.moc"
