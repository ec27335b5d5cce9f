#include "db/Database.h"
#include "export/CountsExport.h"
#include "export/XlsxWriter.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/SettingsStore.h"
#include "text/TextCodec.h"
#include "util/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Counts saved for Excel: the workbook read back with openpyxl adds up, CSV in UTF-8 and CP932,
// formula injection neutralised in both, and files that appear whole or not at all.
class TestCountsExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath(const QString& suffix)
    {
        return m_dir.filePath(QStringLiteral("%1.%2").arg(++m_counter).arg(suffix));
    }

    // A database with the Kaga sample, open for writing.
    bool openKaga(Database& db)
    {
        const QString path = newPath(QStringLiteral("sqlite"));
        return TestEnvironment::createKagaDatabase(path) && db.open(path);
    }
    static qint64 code(const Database& db, const QString& list, const QString& c)
    {
        return CodeListStore(db).idOf(list, c).value();
    }
    static qint64 addOrganisation(Database& db, const QString& name)
    {
        Organisation org;
        org.name = name;
        return OrganisationStore(db).insert(org) ? org.id : 0;
    }
    static qint64 addEvent(Database& db, const QString& date, const QString& title)
    {
        Event e;
        e.kindId = code(db, CodeListStore::EventKind, QStringLiteral("training"));
        e.date = QDate::fromString(date, Qt::ISODate);
        e.title = title;
        return EventStore(db).insert(e) ? e.id : 0;
    }
    // A named participant who came to `event`.
    static bool attend(Database& db, qint64 event, const QString& name, const QString& profession, qint64 org)
    {
        Person p;
        p.name = name;
        p.reading = QStringLiteral("てすと");
        p.professionId = code(db, CodeListStore::Profession, profession);
        p.organisationId = org;
        if (!PersonStore(db).insert(p))
            return false;
        Attendance a;
        a.eventId = event;
        a.personId = p.id;
        a.statusId = code(db, CodeListStore::AttendanceStatus, QStringLiteral("present"));
        a.roleId = code(db, CodeListStore::AttendanceRole, QStringLiteral("participant"));
        a.professionId = p.professionId;
        a.organisationId = org;
        return bool(AttendanceStore(db).save(a));
    }
    static qint64 eventOn(const Database& db, const QString& date)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM event WHERE date = ?"));
        q.addBindValue(date);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static bool hasOpenpyxl()
    {
        return QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable() &&
               QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import openpyxl")}) == 0;
    }
    // A participant from a new organisation at the Kaga sample's 2025-01-30 training, never recorded there.
    static bool attendCollab(Database& db, const QString& name, const QString& profession,
                             const QString& organisation)
    {
        return attend(db, eventOn(db, QStringLiteral("2025-01-30")), name, profession,
                      addOrganisation(db, organisation));
    }

    // The workbook as openpyxl sees it, as JSON; an empty object when it cannot be read.
    static QJsonObject readWorkbook(const QString& path)
    {
        static const QString script = QStringLiteral(R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(v):
    return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
out = {"active": wb.index(wb.active), "sheets": []}
for ws in wb.worksheets:
    rows = [[{"t": c.data_type, "v": value(c.value)} for c in row] for row in ws.iter_rows()]
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "rows": rows, "widths": widths})
print(json.dumps(out, ensure_ascii=False))
)");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning().noquote() << python.readAllStandardError();
            return QJsonObject();
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }
    static QJsonArray row(const QJsonObject& sheet, int index)
    {
        return sheet.value(QStringLiteral("rows")).toArray().at(index).toArray();
    }
    static QJsonValue value(const QJsonArray& row, int column)
    {
        return row.at(column).toObject().value(QStringLiteral("v"));
    }
    static QString type(const QJsonArray& row, int column)
    {
        return row.at(column).toObject().value(QStringLiteral("t")).toString();
    }
    static QJsonObject sheetNamed(const QJsonObject& book, const QString& name)
    {
        for (const QJsonValue& s : book.value(QStringLiteral("sheets")).toArray())
            if (s.toObject().value(QStringLiteral("name")).toString() == name)
                return s.toObject();
        return QJsonObject();
    }
    static QString cp932(const QByteArray& bytes)
    {
        const auto decoded = TextCodec::decode(bytes, nullptr);
        return decoded && decoded->encoding == TextCodec::Encoding::Cp932 ? decoded->text : QString();
    }

    // Every sheet of the workbook: numeric counts that add up to `total`, no formulas anywhere.
    void checkWorkbookAddsUp(const QJsonObject& book, int total, const QString& council);

private slots:
    void initTestCase();
    void displayWidth();
    void kagaWorkbookAddsUp();
    void namedAttendanceAndHeadcountsAddUp();
    void eventWithoutAttendanceIsEmpty();
    void formulaInjectionIsNeutralised();
    void cp932KeepsShirasakiAndTakahashi();
    void cp932NamesWhatItCannotEncode();
    void unwritableDestinationLeavesNoFile();
};

void TestCountsExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCountsExport::displayWidth()
{
    QCOMPARE(XlsxWriter::displayWidth(QStringLiteral("Nurse")), 5);
    QCOMPARE(XlsxWriter::displayWidth(QStringLiteral("看護師")), 6);
    QCOMPARE(XlsxWriter::displayWidth(QStringLiteral("ＡＢ（1）")), 9);
    QCOMPARE(XlsxWriter::displayWidth(QStringLiteral("ｶﾝｺﾞ")), 4); // half-width katakana is narrow
    QCOMPARE(XlsxWriter::displayWidth(QStringLiteral("𠮷")), 2);
}

void TestCountsExport::checkWorkbookAddsUp(const QJsonObject& book, int total, const QString& council)
{
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 5);
    for (const QJsonValue& s : sheets) {
        const QJsonObject sheet = s.toObject();
        const QString name = sheet.value(QStringLiteral("name")).toString();
        const QString title = value(row(sheet, 0), 0).toString();
        QVERIFY2(title.startsWith(council + QStringLiteral(" 令和6年度 ")), qPrintable(name + u':' + title));
        const QJsonArray header = row(sheet, 2);
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue& r : rows)
            for (const QJsonValue& c : r.toArray())
                QVERIFY2(c.toObject().value(QStringLiteral("t")).toString() != QLatin1String("f"),
                         qPrintable(name));
        const int last = int(header.size()) - 1;
        QCOMPARE(value(header, last).toString(), name == QStringLiteral("By event × profession")
                                                     ? QStringLiteral("Total")
                                                     : QStringLiteral("Participants"));
        // Columns fit their text: wider than the default for long Japanese titles.
        QVERIFY2(!sheet.value(QStringLiteral("widths")).toObject().isEmpty(), qPrintable(name));

        const int totalRows = name == QStringLiteral("By event × profession") ? 1 : 2;
        const int firstTotal = int(rows.size()) - totalRows;
        int sum = 0;
        for (int r = 3; r < firstTotal; ++r) {
            const QJsonArray cells = row(sheet, r);
            if (value(cells, last).isNull())
                continue;
            QCOMPARE(type(cells, last), QStringLiteral("n"));
            sum += value(cells, last).toInt();
        }
        QCOMPARE(type(row(sheet, firstTotal), last), QStringLiteral("n"));
        QCOMPARE(value(row(sheet, firstTotal), last).toInt(), total);
        QCOMPARE(sum, total);
    }

    // The cross table: each event's cells add up to its total, each profession's to the column total.
    const QJsonObject matrix = sheetNamed(book, QStringLiteral("By event × profession"));
    QCOMPARE(matrix.value(QStringLiteral("freeze")).toString(), QStringLiteral("C4"));
    const QJsonArray rows = matrix.value(QStringLiteral("rows")).toArray();
    const int columns = int(row(matrix, 2).size());
    QList<int> columnSums(columns, 0);
    for (int r = 3; r < rows.size() - 1; ++r) {
        const QJsonArray cells = row(matrix, r);
        int rowSum = 0;
        for (int c = 2; c < columns - 1; ++c) {
            if (value(cells, c).isNull())
                continue;
            QCOMPARE(type(cells, c), QStringLiteral("n"));
            rowSum += value(cells, c).toInt();
            columnSums[c] += value(cells, c).toInt();
        }
        QCOMPARE(rowSum, value(cells, columns - 1).toInt());
    }
    for (int c = 2; c < columns - 1; ++c)
        QCOMPARE(columnSums.at(c), value(row(matrix, int(rows.size()) - 1), c).toInt());
}

void TestCountsExport::kagaWorkbookAddsUp()
{
    Database db;
    QVERIFY(openKaga(db));
    const QString path = newPath(QStringLiteral("xlsx"));
    const Status st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Organisation,
                                          CountsExport::Format::Xlsx, path);
    QVERIFY2(st, qPrintable(st.fullText()));
    if (!hasOpenpyxl())
        QFAIL("/usr/bin/python3 with openpyxl is needed to read the workbook back (.ci/packages.txt: python3-openpyxl)");
    const QJsonObject book = readWorkbook(path);
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(QStringLiteral("active")).toInt(), 3); // opens on the chosen kind
    QStringList names;
    for (const QJsonValue& s : book.value(QStringLiteral("sheets")).toArray())
        names << s.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("By event × profession"), QStringLiteral("By profession"),
                                 QStringLiteral("By profession group"), QStringLiteral("By organisation"),
                                 QStringLiteral("Events")}));
    checkWorkbookAddsUp(book, 44, QStringLiteral("加賀市在宅医療連携推進協議会"));

    // The event list: wareki and a real date, the seed's 22 + 22, and the unrecorded training empty.
    const QJsonObject events = sheetNamed(book, QStringLiteral("Events"));
    QCOMPARE(value(row(events, 3), 0).toString(), QStringLiteral("令和6年12月12日"));
    QCOMPARE(type(row(events, 3), 1), QStringLiteral("d"));
    QCOMPARE(value(row(events, 3), 1).toString(), QStringLiteral("2024-12-12T00:00:00"));
    QVERIFY(value(row(events, 3), 2)
                .toString()
                .startsWith(QStringLiteral("かかりつけ医等認知症対応力向上研修会")));
    QCOMPARE(value(row(events, 3), 5).toInt(), 22);
    QCOMPARE(value(row(events, 4), 5).toInt(), 22);
    QVERIFY(value(row(events, 5), 5).isNull());
    QCOMPARE(events.value(QStringLiteral("freeze")).toString(),
             QStringLiteral("A4")); // the header stays in view
    // The long Japanese title gets a column wide enough for it (2 per wide character).
    const double titleWidth =
        events.value(QStringLiteral("widths")).toObject().value(QStringLiteral("C")).toDouble();
    QVERIFY2(titleWidth >= 50, qPrintable(QString::number(titleWidth)));
}

void TestCountsExport::namedAttendanceAndHeadcountsAddUp()
{
    Database db;
    QVERIFY(openKaga(db));
    const qint64 collab = eventOn(db, QStringLiteral("2025-01-30"));
    QVERIFY(collab);
    const qint64 clinic = addOrganisation(db, QStringLiteral("山代クリニック"));
    QVERIFY(attend(db, collab, QStringLiteral("看護 一郎"), QStringLiteral("nurse"), clinic));
    QVERIFY(attend(db, collab, QStringLiteral("医師 太郎"), QStringLiteral("doctor"), clinic));
    QVERIFY(attend(db, collab, QStringLiteral("薬剤 花子"), QStringLiteral("pharmacist"), 0));
    QVERIFY(AttendanceStore(db).setHeadcount(
        {collab, code(db, CodeListStore::Profession, QStringLiteral("care-manager")), 5}));
    const QString path = newPath(QStringLiteral("xlsx"));
    const Status st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::EventProfession,
                                          CountsExport::Format::Xlsx, path);
    QVERIFY2(st, qPrintable(st.fullText()));
    if (!hasOpenpyxl())
        QFAIL("/usr/bin/python3 with openpyxl is needed to read the workbook back (.ci/packages.txt: python3-openpyxl)");
    const QJsonObject book = readWorkbook(path);
    QCOMPARE(book.value(QStringLiteral("active")).toInt(), 0);
    checkWorkbookAddsUp(book, 44 + 3 + 5, QStringLiteral("加賀市在宅医療連携推進協議会"));
    // 実人数: the three named participants.
    const QJsonObject groups = sheetNamed(book, QStringLiteral("By profession group"));
    const QJsonArray rows = groups.value(QStringLiteral("rows")).toArray();
    QCOMPARE(value(rows.last().toArray(), 0).toString(), QStringLiteral("Distinct named participants"));
    QCOMPARE(value(rows.last().toArray(), 1).toInt(), 3);
    const QJsonObject organisations = sheetNamed(book, QStringLiteral("By organisation"));
    QCOMPARE(value(row(organisations, 3), 0).toString(), QStringLiteral("山代クリニック"));
    QCOMPARE(value(row(organisations, 3), 1).toInt(), 2);
}

void TestCountsExport::eventWithoutAttendanceIsEmpty()
{
    Database db;
    QVERIFY(openKaga(db));
    Status st;
    const auto bytes = CountsExport::toBytes(db, FiscalYear(2024), CountsExport::Kind::EventProfession,
                                             CountsExport::Format::CsvUtf8, &st);
    QVERIFY2(bytes, qPrintable(st.fullText()));
    QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 1);
    QCOMPARE(lines.at(0), QStringLiteral("Date,Event,Unknown,Total"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("R6.12.12,")) &&
                 lines.at(1).endsWith(QStringLiteral(",22,22")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(3), QStringLiteral("R7.1.30,脳卒中地域連携・コラボ研修会,,"));
    QCOMPARE(lines.at(4), QStringLiteral(",Total,44,44"));

    const auto list = CountsExport::toBytes(db, FiscalYear(2024), CountsExport::Kind::Event,
                                            CountsExport::Format::CsvUtf8, &st);
    QVERIFY(list);
    const QStringList eventLines =
        QString::fromUtf8(list->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(eventLines.at(0), QStringLiteral("Date,Date (ISO),Event,Kind,Organiser,Participants"));
    QVERIFY2(eventLines.at(1).startsWith(QStringLiteral("令和6年12月12日,2024-12-12,")),
             qPrintable(eventLines.at(1)));
    QVERIFY2(eventLines.at(3).endsWith(u','), qPrintable(eventLines.at(3)));
}

void TestCountsExport::formulaInjectionIsNeutralised()
{
    Database db;
    QVERIFY(openKaga(db));
    const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
    const qint64 evil = addOrganisation(db, hyperlink);
    const qint64 plus = addEvent(db, QStringLiteral("2024-10-01"), QStringLiteral("+1 研修"));
    const qint64 at = addEvent(db, QStringLiteral("2024-11-01"), QStringLiteral("@SUM(A1:A2)"));
    QVERIFY(evil && plus && at);
    QVERIFY(attend(db, plus, QStringLiteral("=HYPERLINK(\"http://example.com\",\"name\")"),
                   QStringLiteral("nurse"), evil));
    QVERIFY(attend(db, at, QStringLiteral("+1"), QStringLiteral("nurse"), evil));
    QVERIFY(attend(db, at, QStringLiteral("@SUM"), QStringLiteral("nurse"), evil));

    Status st;
    const auto organisations = CountsExport::toBytes(db, FiscalYear(2024), CountsExport::Kind::Organisation,
                                                     CountsExport::Format::CsvUtf8, &st);
    QVERIFY(organisations);
    QVERIFY2(organisations->contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",3\r\n"),
             organisations->constData());
    const auto events = CountsExport::toBytes(db, FiscalYear(2024), CountsExport::Kind::Event,
                                              CountsExport::Format::CsvUtf8, &st);
    QVERIFY(events);
    QVERIFY2(events->contains(",'+1 研修,") && events->contains(",'@SUM(A1:A2),"), events->constData());

    const QString path = newPath(QStringLiteral("xlsx"));
    QVERIFY(CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Event, CountsExport::Format::Xlsx,
                                path));
    if (!hasOpenpyxl())
        QFAIL("/usr/bin/python3 with openpyxl is needed to read the workbook back (.ci/packages.txt: python3-openpyxl)");
    const QJsonObject book = readWorkbook(path);
    const QJsonObject orgSheet = sheetNamed(book, QStringLiteral("By organisation"));
    const QJsonArray first = row(orgSheet, 3);
    QCOMPARE(type(first, 0), QStringLiteral("s"));
    QCOMPARE(value(first, 0).toString(), u'\'' + hyperlink);
    const QJsonObject eventSheet = sheetNamed(book, QStringLiteral("Events"));
    QStringList titles;
    for (int r = 3; r < 8; ++r) {
        QCOMPARE(type(row(eventSheet, r), 2), QStringLiteral("s"));
        titles << value(row(eventSheet, r), 2).toString();
    }
    QVERIFY2(titles.contains(QStringLiteral("'+1 研修")) && titles.contains(QStringLiteral("'@SUM(A1:A2)")),
             qPrintable(titles.join(u'|')));
    checkWorkbookAddsUp(book, 44 + 3, QStringLiteral("加賀市在宅医療連携推進協議会"));
}

void TestCountsExport::cp932KeepsShirasakiAndTakahashi()
{
    Database db;
    QVERIFY(openKaga(db));
    QVERIFY(
        attendCollab(db, QStringLiteral("白﨑 直樹"), QStringLiteral("doctor"), QStringLiteral("山﨑病院")));
    QVERIFY(
        attendCollab(db, QStringLiteral("髙田 和子"), QStringLiteral("nurse"), QStringLiteral("髙橋内科")));
    const QString path = newPath(QStringLiteral("csv"));
    const Status st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Organisation,
                                          CountsExport::Format::CsvCp932, path);
    QVERIFY2(st, qPrintable(st.fullText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QByteArray("\xFB\xFC"))); // 髙 in CP932
    const QString text = cp932(bytes);
    QVERIFY2(text.contains(QStringLiteral("山﨑病院,1\r\n")) &&
                 text.contains(QStringLiteral("髙橋内科,1\r\n")),
             qPrintable(text));
}

void TestCountsExport::cp932NamesWhatItCannotEncode()
{
    Database db;
    QVERIFY(openKaga(db));
    QVERIFY(attendCollab(db, QStringLiteral("吉田 一郎"), QStringLiteral("doctor"),
                         QStringLiteral("𠮷野クリニック")));
    const QString path = newPath(QStringLiteral("csv"));
    QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // an older export stays as it was
    Status st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Organisation,
                                    CountsExport::Format::CsvCp932, path);
    QVERIFY(!st);
    QVERIFY2(st.message().contains(QStringLiteral("“𠮷” (U+20BB7) in row 2, column 1 (Organisation)")),
             qPrintable(st.fullText()));
    QCOMPARE(QFileInfo(path).size(), 0);
    // An emoji in an event title, and UTF-8 keeps both.
    QVERIFY(addEvent(db, QStringLiteral("2024-08-01"), QStringLiteral("夏の研修🌻")));
    st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Event, CountsExport::Format::CsvCp932,
                             path);
    QVERIFY2(st.message().contains(QStringLiteral("“🌻” (U+1F33B) in row 2, column 3 (Event)")),
             qPrintable(st.fullText()));
    QVERIFY(CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Event,
                                CountsExport::Format::CsvUtf8, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("夏の研修🌻")));
}

void TestCountsExport::unwritableDestinationLeavesNoFile()
{
    Database db;
    QVERIFY(openKaga(db));
    // A folder that is really a file: no one, not even root, can save in it.
    const QString notAFolder = newPath(QStringLiteral("txt"));
    QVERIFY(QFile(notAFolder).open(QIODevice::WriteOnly));
    const QString inside = notAFolder + QStringLiteral("/counts.xlsx");
    Status st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Event,
                                    CountsExport::Format::Xlsx, inside);
    QVERIFY(!st);
    QVERIFY2(st.message().contains(QDir::toNativeSeparators(inside)), qPrintable(st.fullText()));
    QVERIFY(!QFileInfo::exists(inside));

    // A read-only folder (when the tests do not run as root, who may write anyway).
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString target = folder + QStringLiteral("/counts.csv");
    st = CountsExport::write(db, FiscalYear(2024), CountsExport::Kind::Event, CountsExport::Format::CsvUtf8,
                             target);
    const bool writable = QFileInfo(folder).isWritable();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (writable)
        return;
    QVERIFY(!st);
    QVERIFY2(st.message().contains(QDir::toNativeSeparators(target)), qPrintable(st.fullText()));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

RENKEI_TEST_MAIN(TestCountsExport)
#include "TestCountsExport.moc"
