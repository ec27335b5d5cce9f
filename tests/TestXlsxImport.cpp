#include "Locale.h"
#include "cli/Cli.h"
#include "db/Database.h"
#include "io/ImportTable.h"
#include "io/Importer.h"
#include "io/RecordExport.h"
#include "io/SourceTable.h"
#include "util/DatabaseDump.h"
#include "util/TestEnvironment.h"
#include "util/XlsxFixture.h"
#include "xlsx/XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Excel workbooks arrive from other offices: the reader must understand what Excel and other
// producers write (shared strings with rich text and furigana, inline strings, numbers, date and
// time serials by number format, gaps), and the importers must work on a sheet as on CSV, with
// errors that name the file, the sheet, the row and the column letter.
class TestXlsxImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCellsAsTheClerkSeesThem();
    void date1904AndSheetsByName();
    void brokenFilesAreClearErrors_data();
    void brokenFilesAreClearErrors();
    void importsPeopleFromASheet();
    void errorsNameSheetRowAndColumnLetter();
    void explicitMappingOverridesHeaders();
    void guessesTheKindFromTheHeader();
    void csvStillReadsUtf8AndCp932();
    void cliImportsASheet();
    void changesOfAnImportAreUndoneAndRedone();
    void eventChangesWithCoOrganisersAndHeadcountsAreUndone();
    void readsAWorkbookWrittenByOpenpyxl();
    void exportedFilesRoundTrip_data();
    void exportedFilesRoundTrip();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString kaga();
    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {
const QString NumFmts = QStringLiteral(
    "<numFmt numFmtId=\"164\" formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot;円&quot;\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"0.00E+00\"/>");
// Style 0 general, 1 built-in date (14), 2 wareki date (164), 3 yen (165), 4 built-in time (20),
// 5 elapsed time (166), 6 scientific (167), 7 date and time (22).
const QString CellXfs = QStringLiteral("<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
                                       "<xf numFmtId=\"20\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"22\"/>");

using DatabaseDump::dump;

int count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString report(const ImportReport& r)
{
    return QStringLiteral("added %1, updated %2, skipped %3\n").arg(r.added.size()).arg(r.updated.size()).arg(r.skipped.size())
           + r.errors.join(u'\n');
}

// 30 people in a sheet "名簿" after a sheet "説明", with a Japanese header.
bool writePeople(const QString& file)
{
    QList<QStringList> rows{{QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("職種"), QStringLiteral("所属")}};
    for (int i = 1; i <= 30; ++i)
        rows << QStringList{QStringLiteral("取込 太郎%1").arg(i), QStringLiteral("とりこみ たろう%1").arg(i),
                            i % 2 ? QStringLiteral("看護師") : QStringLiteral("介護支援専門員"),
                            QStringLiteral("加賀市医師会")};
    return XlsxFixture::writeWorkbook(file,
                                      {{QStringLiteral("説明"), XlsxFixture::inlineRows({{QStringLiteral("この表は名簿です")}})},
                                       {QStringLiteral("名簿"), XlsxFixture::inlineRows(rows)}},
                                      QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>"));
}
} // namespace

void TestXlsxImport::initTestCase()
{
    Locale::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

QString TestXlsxImport::kaga()
{
    const QString file = path(QStringLiteral("kaga-%1.sqlite").arg(++m_counter));
    if (!TestEnvironment::createKagaDatabase(file))
        return QString();
    return file;
}

void TestXlsxImport::readsCellsAsTheClerkSeesThem()
{
    const QString shared = QStringLiteral(
        "<si><t>氏名</t></si>"
        // Rich text runs are joined; the phonetic guide (furigana) is not part of the text.
        "<si><r><rPr><b/></rPr><t>山田</t></r><r><t xml:space=\"preserve\"> 花子</t></r>"
        "<rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>一行目_x000D_二行目</t></si>");
    const QString rows = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>備考</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>12</v></c><c r=\"C2\"><v>3.5</v></c>"
        "<c r=\"D2\" s=\"1\"><v>45638</v></c><c r=\"E2\" s=\"2\"><v>45313</v></c><c r=\"F2\" s=\"3\"><v>1500</v></c></row>"
        // Row 3 is missing (an empty row); cells without a reference follow the one before.
        "<row r=\"4\"><c t=\"b\"><v>1</v></c><c t=\"str\"><f>A1</f><v>計算</v></c><c s=\"4\"><v>0.7916666666666666</v></c>"
        "<c s=\"5\"><v>0.0625</v></c><c s=\"6\"><v>12345</v></c><c s=\"7\"><v>45638.8125</v></c>"
        "<c r=\"H4\" t=\"s\"><v>2</v></c><c r=\"I4\"><v>0.30000000000000004</v></c><c r=\"J4\"><f>1+1</f></c><c r=\"K4\" s=\"1\"><v>45638.75</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" s=\"1\"/></row>");
    const QString file = path(QStringLiteral("cells.xlsx"));
    QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("表"), rows}}, shared, NumFmts, CellXfs));

    QString error;
    const auto reader = XlsxReader::open(file, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetNames(), QStringList{QStringLiteral("表")});
    const auto read = reader->readSheet(QStringLiteral("表"), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 3); // rows 1, 2 and 4; row 5 holds only an empty styled cell
    QCOMPARE(read->at(0).number, 1);
    QCOMPARE(read->at(0).cells, (QStringList{QStringLiteral("氏名"), QString(), QStringLiteral("備考")}));
    QCOMPARE(read->at(1).cells, (QStringList{QStringLiteral("山田 花子"), QStringLiteral("12"), QStringLiteral("3.5"),
                                             QStringLiteral("2024-12-12"), QStringLiteral("2024-01-22"),
                                             QStringLiteral("1500")}));
    QCOMPARE(read->at(2).number, 4);
    QCOMPARE(read->at(2).cells,
             (QStringList{QStringLiteral("TRUE"), QStringLiteral("計算"), QStringLiteral("19:00"), QStringLiteral("01:30"),
                          QStringLiteral("12345"), QStringLiteral("2024-12-12 19:30"), QString(),
                          QStringLiteral("一行目\r二行目"), QStringLiteral("0.3"), QString(),
                          QStringLiteral("2024-12-12")})); // J4: a formula never calculated; K4: a date format hides the time
    QCOMPARE(XlsxReader::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxReader::columnName(27), QStringLiteral("AB"));
}

void TestXlsxImport::date1904AndSheetsByName()
{
    const QString file = path(QStringLiteral("mac.xlsx"));
    QVERIFY(XlsxFixture::writeWorkbook(file,
                                       {{QStringLiteral("一"), QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")},
                                        {QStringLiteral("二"), QStringLiteral("<row r=\"2\"><c r=\"B2\" s=\"1\"><v>0</v></c></row>")}},
                                       QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"), true));
    QString error;
    const auto names = SourceTable::sheetNames(file, &error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(*names, (QStringList{QStringLiteral("一"), QStringLiteral("二")}));
    const auto reader = XlsxReader::open(file, &error);
    QVERIFY(reader);
    const auto second = reader->readSheet(QStringLiteral("二"), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->first().cells, (QStringList{QString(), QStringLiteral("1904-01-01")}));
    QVERIFY(!reader->readSheet(QStringLiteral("三"), &error));
    QVERIFY2(error.contains(QStringLiteral("三")) && error.contains(QStringLiteral("“一”, “二”")), qPrintable(error));
}

void TestXlsxImport::brokenFilesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QFile good(path(QStringLiteral("good.xlsx")));
    QVERIFY(writePeople(good.fileName()));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray whole = good.readAll();
    QTest::addRow("truncated zip") << whole.left(whole.size() / 2) << QStringLiteral("damaged");
    QTest::addRow("not a zip, named .xlsx") << QByteArray("氏名,所属\n") << QStringLiteral("zip archive");
    QTest::addRow("old .xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 16) << QStringLiteral(".xls");
    QByteArray corrupt = whole;
    // Flip bytes in the compressed data of the sheet 名簿: the zip opens, its sheet does not inflate.
    const qsizetype sheet = whole.indexOf("xl/worksheets/sheet2.xml") + 40;
    QVERIFY(sheet > 40);
    for (qsizetype i = sheet; i < sheet + 40; ++i)
        corrupt[i] = char(corrupt.at(i) ^ 0x5A);
    QTest::addRow("corrupt data") << corrupt << QStringLiteral("damaged");
}

void TestXlsxImport::brokenFilesAreClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("broken-%1.xlsx").arg(++m_counter));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QString db = kaga();
    QVERIFY(!db.isEmpty());
    Database database;
    QVERIFY(database.open(db).ok());
    const QString before = dump(database);
    ImportReport r;
    const Status st = Importer(database).run(Importer::Kind::People, file, QStringLiteral("名簿"), false, &r);
    QVERIFY(!st.ok());
    QVERIFY2(!r.errors.isEmpty(), qPrintable(st.fullText()));
    const QString message = r.errors.join(u'\n');
    QVERIFY2(message.contains(QFileInfo(file).fileName()) && message.contains(expected, Qt::CaseInsensitive),
             qPrintable(message));
    QCOMPARE(dump(database), before);
}

void TestXlsxImport::importsPeopleFromASheet()
{
    const QString file = path(QStringLiteral("people.xlsx"));
    QVERIFY(writePeople(file));
    Database db;
    QVERIFY(db.open(kaga()).ok());
    ImportReport dry;
    Status st = Importer(db).run(Importer::Kind::People, file, QStringLiteral("名簿"), true, &dry);
    QVERIFY2(st.ok(), qPrintable(report(dry)));
    QCOMPARE(dry.added.size(), 30);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person")), 2);
    QVERIFY2(dry.encoding.contains(QStringLiteral("名簿")), qPrintable(dry.encoding));
    QVERIFY2(dry.added.first().startsWith(QStringLiteral("people.xlsx, sheet “名簿”, row 2")), qPrintable(dry.added.first()));

    ImportReport real;
    st = Importer(db).run(Importer::Kind::People, file, QStringLiteral("名簿"), false, &real);
    QVERIFY2(st.ok(), qPrintable(report(real)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person")), 32);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person p JOIN code c ON c.id = p.profession_id "
                                      "WHERE c.code = 'nurse'")),
             15);

    // Without a sheet name the first sheet is read: its header is not a people header.
    ImportReport first;
    QVERIFY(!Importer(db).run(Importer::Kind::People, file, false, &first).ok());
    QVERIFY2(first.errors.join(u'\n').contains(QStringLiteral("sheet “説明”")), qPrintable(report(first)));
}

void TestXlsxImport::errorsNameSheetRowAndColumnLetter()
{
    // Events from a sheet whose dates and times are Excel serials; row 3 has an unknown profession… of format.
    const QString rows = QStringLiteral(
        "<row r=\"1\">%1%2%3%4%5</row>"
        "<row r=\"2\">%6<c r=\"B2\" s=\"1\"><v>45700</v></c>%7<c r=\"D2\" s=\"4\"><v>0.75</v></c>%8</row>"
        "<row r=\"4\">%9<c r=\"B4\" s=\"2\"><v>45701</v></c>%10<c r=\"D4\" s=\"4\"><v>0.5</v></c>%11</row>")
                             .arg(XlsxFixture::inlineCell(QStringLiteral("A1"), QStringLiteral("区分")),
                                  XlsxFixture::inlineCell(QStringLiteral("B1"), QStringLiteral("日付")),
                                  XlsxFixture::inlineCell(QStringLiteral("C1"), QStringLiteral("表題")),
                                  XlsxFixture::inlineCell(QStringLiteral("D1"), QStringLiteral("開始")),
                                  XlsxFixture::inlineCell(QStringLiteral("E1"), QStringLiteral("形式")),
                                  XlsxFixture::inlineCell(QStringLiteral("A2"), QStringLiteral("会議")),
                                  XlsxFixture::inlineCell(QStringLiteral("C2"), QStringLiteral("取込会議")),
                                  XlsxFixture::inlineCell(QStringLiteral("E2"), QStringLiteral("対面")),
                                  XlsxFixture::inlineCell(QStringLiteral("A4"), QStringLiteral("研修会")))
                             .arg(XlsxFixture::inlineCell(QStringLiteral("C4"), QStringLiteral("取込研修")),
                                  XlsxFixture::inlineCell(QStringLiteral("E4"), QStringLiteral("宇宙遊泳")));
    const QString file = path(QStringLiteral("events.xlsx"));
    QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("行事"), rows}}, QString(), NumFmts, CellXfs));
    Database db;
    QVERIFY(db.open(kaga()).ok());
    const QString before = dump(db);
    ImportReport r;
    const Status st = Importer(db).run(Importer::Kind::Events, file, false, &r);
    QVERIFY(!st.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(QStringLiteral("events.xlsx, sheet “行事”, row 4, column \"形式\" (E)")),
             qPrintable(r.errors.first()));
    QVERIFY2(r.errors.first().contains(QStringLiteral("宇宙遊泳")), qPrintable(r.errors.first()));
    QCOMPARE(r.lines.last().row, 1);
    QCOMPARE(r.lines.last().field, QStringLiteral("format"));
    QCOMPARE(dump(db), before);

    // Fixed, the serials became the dates and times they show.
    QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("行事"), QString(rows).replace(QStringLiteral("宇宙遊泳"), QStringLiteral("講義"))}},
                                       QString(), NumFmts, CellXfs));
    ImportReport ok;
    QVERIFY2(Importer(db).run(Importer::Kind::Events, file, false, &ok).ok(), qPrintable(report(ok)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM event WHERE date = '2025-02-12' AND start_time = '18:00' "
                                      "AND title = '取込会議'")),
             1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM event WHERE date = '2025-02-13' AND start_time = '12:00'")), 1);
}

void TestXlsxImport::explicitMappingOverridesHeaders()
{
    const QString file = path(QStringLiteral("mapped.xlsx"));
    QVERIFY(XlsxFixture::writeWorkbook(file,
                                       {{QStringLiteral("S"), XlsxFixture::inlineRows({{QStringLiteral("お名前"), QStringLiteral("勤務先"),
                                                                                         QStringLiteral("メモ")},
                                                                                        {QStringLiteral("佐藤 一"), QStringLiteral("加賀市医師会"),
                                                                                         QStringLiteral("不要")}})}},
                                       QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>")));
    QStringList errors;
    const auto source = SourceTable::read(file, QString(), &errors);
    QVERIFY2(source, qPrintable(errors.join(u'\n')));
    const auto fields = Importer::fields(Importer::Kind::People);
    // A value under an empty header is not dropped silently by the strict (command line) mapping.
    {
        const QString unnamed = path(QStringLiteral("unnamed.xlsx"));
        QVERIFY(XlsxFixture::writeWorkbook(unnamed,
                                           {{QStringLiteral("S"), XlsxFixture::inlineRows({{QStringLiteral("氏名")},
                                                                                            {QStringLiteral("佐藤 一"), QString(),
                                                                                             QStringLiteral("メモ")}})}},
                                           QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>")));
        QStringList unnamedErrors;
        QVERIFY(!ImportTable::read(unnamed, Importer::fields(Importer::Kind::People), &unnamedErrors));
        QVERIFY2(unnamedErrors.join(u'\n').contains(QStringLiteral("unnamed.xlsx, sheet “S”, row 2, column C")),
                 qPrintable(unnamedErrors.join(u'\n')));
    }
    // Automatically nothing is known: the strict mapping refuses the file and names the columns.
    QCOMPARE(ImportTable::autoMapping(source->header, fields), (QStringList{QString(), QString(), QString()}));
    QVERIFY(!ImportTable::map(*source, fields, nullptr, &errors));
    QVERIFY2(errors.join(u'\n').contains(QStringLiteral("お名前")), qPrintable(errors.join(u'\n')));
    errors.clear();
    const QStringList mapping{QStringLiteral("name"), QStringLiteral("organisation"), QString()};
    const auto table = ImportTable::map(*source, fields, &mapping, &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    QCOMPARE(table->value(0, QStringLiteral("organisation")), QStringLiteral("加賀市医師会"));
    QCOMPARE(table->where(0, QStringLiteral("organisation")), QStringLiteral("mapped.xlsx, sheet “S”, row 2, column \"勤務先\" (B)"));
    Database db;
    QVERIFY(db.open(kaga()).ok());
    ImportReport r;
    QVERIFY2(Importer(db).run(Importer::Kind::People, *table, {}, &r).ok(), qPrintable(report(r)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id "
                                      "WHERE p.name = '佐藤 一' AND o.name = '加賀市医師会' AND p.note = ''")),
             1);
}

void TestXlsxImport::guessesTheKindFromTheHeader()
{
    QCOMPARE(Importer::guessKind({QStringLiteral("氏名"), QStringLiteral("所属"), QStringLiteral("職種")}), Importer::Kind::People);
    QCOMPARE(Importer::guessKind({QStringLiteral("日付"), QStringLiteral("氏名"), QStringLiteral("出欠")}),
             Importer::Kind::Attendance);
    QCOMPARE(Importer::guessKind({QStringLiteral("名称"), QStringLiteral("種別"), QStringLiteral("住所")}),
             Importer::Kind::Organisations);
    QCOMPARE(Importer::guessKind({QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("title")}),
             Importer::Kind::Events);
    QVERIFY(!Importer::guessKind({QStringLiteral("血液型")}).has_value());
}

void TestXlsxImport::csvStillReadsUtf8AndCp932()
{
    for (const auto& [name, encoding] : {std::pair{QStringLiteral("people_ja_nobom.csv"), QStringLiteral("UTF-8")},
                                         std::pair{QStringLiteral("people_cp932.csv"), QStringLiteral("CP932 (Shift_JIS)")}}) {
        QStringList errors;
        const auto source = SourceTable::read(TestEnvironment::dataFile(QStringLiteral("import/") + name), QString(), &errors);
        QVERIFY2(source, qPrintable(errors.join(u'\n')));
        QVERIFY(!source->isWorkbook());
        QCOMPARE(source->description, encoding);
        QVERIFY(source->header.contains(QStringLiteral("氏名")));
        QCOMPARE(Importer::guessKind(source->header), Importer::Kind::People);
    }
}

void TestXlsxImport::cliImportsASheet()
{
    const QString file = path(QStringLiteral("cli.xlsx"));
    QVERIFY(writePeople(file));
    const QString db = kaga();
    QBuffer out, err;
    out.open(QIODevice::ReadWrite);
    err.open(QIODevice::ReadWrite);
    const int code = Cli().run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), file,
                                QStringLiteral("--sheet"), QStringLiteral("名簿")},
                               out, err);
    QVERIFY2(code == 0, err.data().constData());
    QVERIFY2(QString::fromUtf8(out.data()).contains(QStringLiteral("added 30 person(s);")), out.data().constData());
    Database check;
    QVERIFY(check.open(db).ok());
    QCOMPARE(count(check, QStringLiteral("SELECT count(*) FROM person")), 32);

    // Exported as a workbook from the command line, the people come back unchanged.
    const QString exported = path(QStringLiteral("cli-export.xlsx"));
    QBuffer out2, err2;
    out2.open(QIODevice::ReadWrite);
    err2.open(QIODevice::ReadWrite);
    QCOMPARE(Cli().run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--format"),
                        QStringLiteral("xlsx"), QStringLiteral("-o"), exported},
                       out2, err2),
             0);
    QVERIFY(XlsxReader::looksLikeZip(exported));
    ImportReport again;
    QVERIFY2(Importer(check).run(Importer::Kind::People, exported, false, &again).ok(), qPrintable(report(again)));
    QCOMPARE(again.skipped.size(), 32);
    QVERIFY(again.added.isEmpty() && again.updated.isEmpty());
}

void TestXlsxImport::changesOfAnImportAreUndoneAndRedone()
{
    Database db;
    QVERIFY(db.open(kaga()).ok());
    // People first (one organisation is new), then attendance that updates one of them.
    const QString file = path(QStringLiteral("undo.xlsx"));
    QVERIFY(XlsxFixture::writeWorkbook(
        file,
        {{QStringLiteral("P"), XlsxFixture::inlineRows({{QStringLiteral("氏名"), QStringLiteral("所属"), QStringLiteral("職種")},
                                                        {QStringLiteral("新人 一"), QStringLiteral("新しい診療所"), QStringLiteral("医師")},
                                                        {QStringLiteral("白﨑直樹"), QStringLiteral("加賀市医療センター"),
                                                         QStringLiteral("看護師")}})}},
        QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>")));
    const QString before = dump(db);
    QStringList errors;
    const auto table = ImportTable::read(file, Importer::fields(Importer::Kind::People), &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    Importer::Options options;
    options.recordOnly = true;
    ImportReport r;
    QVERIFY2(Importer(db).run(Importer::Kind::People, *table, options, &r).ok(), qPrintable(report(r)));
    QCOMPARE(r.added.size(), 2); // the organisation and the person
    QCOMPARE(r.updated.size(), 1);
    QCOMPARE(dump(db), before); // recording writes nothing
    QCOMPARE(r.changes.countAdded(QStringLiteral("person")), 1);
    QCOMPARE(r.changes.countAdded(QStringLiteral("organisation")), 1);

    QVERIFY(r.changes.apply(db.connection()).ok());
    const QString after = dump(db);
    QVERIFY(after != before);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person WHERE name = '新人 一'")), 1);
    QVERIFY(r.changes.revert(db.connection()).ok());
    QCOMPARE(dump(db), before);
    QVERIFY(r.changes.apply(db.connection()).ok());
    QCOMPARE(dump(db), after);
    // Applying twice is refused: the rows are no longer as they were.
    const Status again = r.changes.apply(db.connection());
    QVERIFY(!again.ok());
    QCOMPARE(dump(db), after);

    // Cancelling part-way writes nothing.
    ImportReport cancelled;
    Importer::Options cancel;
    cancel.progress = [](int done, int) { return done < 1; };
    QVERIFY(!Importer(db).run(Importer::Kind::People, *table, cancel, &cancelled).ok());
    QVERIFY(cancelled.cancelled);
    QCOMPARE(dump(db), after);
}

// An event import deletes and re-inserts co-organiser links and upserts headcounts; undo must
// restore exactly what was there, and redo bring the import back.
void TestXlsxImport::eventChangesWithCoOrganisersAndHeadcountsAreUndone()
{
    Database db;
    QVERIFY(db.open(kaga()).ok());
    const QString file = path(QStringLiteral("events-undo.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("区分,日付,表題,共催,参加者数,会場\n"
                             "事例検討会,2024-12-12,かかりつけ医等認知症対応力向上研修会 地域事例検討会,加賀脳卒中地域連携協議会,30,加賀市医療センター\n"
                             "研修会,2025-03-01,新しい研修会,加賀脳卒中地域連携協議会、医療と介護の連携ワーキング,12,市民会館\n")
                  .toUtf8());
    csv.close();
    const QString before = dump(db);
    QStringList errors;
    const auto table = ImportTable::read(file, Importer::fields(Importer::Kind::Events), &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    Importer::Options options;
    options.recordOnly = true;
    ImportReport r;
    QVERIFY2(Importer(db).run(Importer::Kind::Events, *table, options, &r).ok(), qPrintable(report(r)));
    QCOMPARE(r.updated.size(), 1);
    QCOMPARE(r.added.size(), 1);
    QCOMPARE(dump(db), before);

    // The same import committed directly is what applying the recorded changes gives.
    Database direct;
    const QString copy = path(QStringLiteral("direct-%1.sqlite").arg(++m_counter));
    QVERIFY(db.backupTo(copy).ok());
    QVERIFY(direct.open(copy).ok());
    ImportReport committed;
    QVERIFY(Importer(direct).run(Importer::Kind::Events, file, false, &committed).ok());

    QVERIFY(r.changes.apply(db.connection()).ok());
    QCOMPARE(dump(db), dump(direct));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM event_co_organiser")),
             count(direct, QStringLiteral("SELECT count(*) FROM event_co_organiser")));
    QVERIFY(r.changes.revert(db.connection()).ok());
    QCOMPARE(dump(db), before);
    QStringList problems;
    QVERIFY2(db.check(&problems).ok(), qPrintable(problems.join(u'\n')));
}

// A workbook as another producer writes it (openpyxl: shared strings, dates with a custom format,
// an inlined number format table), read and imported like Excel's own.
void TestXlsxImport::readsAWorkbookWrittenByOpenpyxl()
{
    const QString file = path(QStringLiteral("openpyxl.xlsx"));
    const QString script = QStringLiteral(
        "import sys, datetime, openpyxl\n"
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = '表紙'; ws['A1'] = '名簿です'\n"
        "s = wb.create_sheet('名簿'); s.append(['氏名', '職種', '所属', '登録日', '回数'])\n"
        "s.append(['青木 一郎', '看護師', '加賀市医師会', datetime.date(2024, 12, 12), 3])\n"
        "s.append([None, None, None, None, None])\n"
        "s.append(['今井 二郎', '医師', None, datetime.datetime(2025, 1, 22, 19, 30), 2.5])\n"
        "s['D2'].number_format = 'yyyy/m/d'\n"
        "wb.save(sys.argv[1])\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, file});
    QVERIFY2(python.waitForFinished(60000) && python.exitCode() == 0,
             qPrintable(QStringLiteral("python3 with openpyxl (Debian python3-openpyxl) is needed: ")
                        + QString::fromLocal8Bit(python.readAllStandardError())));
    QString error;
    const auto reader = XlsxReader::open(file, &error);
    QVERIFY2(reader, qPrintable(error));
    const auto rows = reader->readSheet(QStringLiteral("名簿"), &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(1).cells, (QStringList{QStringLiteral("青木 一郎"), QStringLiteral("看護師"), QStringLiteral("加賀市医師会"),
                                             QStringLiteral("2024-12-12"), QStringLiteral("3")}));
    QCOMPARE(rows->at(2).number, 4);
    QCOMPARE(rows->at(2).cells, (QStringList{QStringLiteral("今井 二郎"), QStringLiteral("医師"), QString(),
                                             QStringLiteral("2025-01-22 19:30"), QStringLiteral("2.5")}));
    QStringList errors;
    const auto source = SourceTable::read(file, QStringLiteral("名簿"), &errors);
    QVERIFY(source);
    QStringList mapping = ImportTable::autoMapping(source->header, Importer::fields(Importer::Kind::People));
    QCOMPARE(mapping, (QStringList{QStringLiteral("name"), QStringLiteral("profession"), QStringLiteral("organisation"),
                                   QString(), QString()}));
    const auto table = ImportTable::map(*source, Importer::fields(Importer::Kind::People), &mapping, &errors);
    QVERIFY2(table, qPrintable(errors.join(u'\n')));
    Database db;
    QVERIFY(db.open(kaga()).ok());
    ImportReport r;
    QVERIFY2(Importer(db).run(Importer::Kind::People, *table, {}, &r).ok(), qPrintable(report(r)));
    QCOMPARE(r.added.size(), 2);
}

void TestXlsxImport::exportedFilesRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("xlsx") << int(RecordExport::Format::Xlsx) << QStringLiteral("xlsx");
    QTest::addRow("csv utf-8") << int(RecordExport::Format::CsvUtf8) << QStringLiteral("csv");
    QTest::addRow("csv cp932") << int(RecordExport::Format::CsvCp932) << QStringLiteral("csv");
}

// Each kind exported from the Kaga sample and imported again adds nothing and finds no error.
void TestXlsxImport::exportedFilesRoundTrip()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    Database db;
    QVERIFY(db.open(kaga()).ok());
    // Some attendance, so that its export is not empty.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO attendance (event_id, person_id, status_id, role_id, profession_id, organisation_id) "
                                  "SELECT e.id, p.id, (SELECT id FROM code WHERE list = 'attendance-status' AND code = 'present'), "
                                  "(SELECT id FROM code WHERE list = 'attendance-role' AND code = 'participant'), p.profession_id, "
                                  "p.organisation_id FROM event e, person p")));
    const QString before = dump(db);
    for (const Importer::Kind kind : Importer::kinds()) {
        const QString file = path(QStringLiteral("export-%1-%2.%3").arg(Importer::kindName(kind)).arg(format).arg(suffix));
        int rows = 0;
        const Status written = RecordExport::write(db, kind, RecordExport::Format(format), file, &rows);
        QVERIFY2(written.ok(), qPrintable(written.fullText()));
        QVERIFY(rows > 0);
        ImportReport r;
        const Status st = Importer(db).run(kind, file, false, &r);
        QVERIFY2(st.ok(), qPrintable(Importer::kindName(kind) + u'\n' + report(r)));
        QVERIFY2(r.added.isEmpty() && r.updated.isEmpty() && r.errors.isEmpty(),
                 qPrintable(Importer::kindName(kind) + u'\n' + report(r) + r.added.join(u'\n') + r.updated.join(u'\n')));
        QCOMPARE(r.skipped.size(), rows);
    }
    QCOMPARE(dump(db), before);
}

RENKEI_TEST_MAIN(TestXlsxImport)
#include "TestXlsxImport.moc"
