#include "cli/Cli.h"
#include "db/Database.h"
#include "report/ActivityReport.h"
#include "report/PagedDocument.h"
#include "report/ReportFont.h"
#include "report/ReportHtml.h"
#include "report/ReportWriter.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "util/PdfText.h"
#include "util/ReportFixture.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The fiscal-year activity report: its data for the Kaga sample reproduces the seed's training
// table; PDF, ODT and HTML carry it; table rows never run over a page break.
class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    static QString pdfText(const QString& path) { return PdfText::extract(path); }

    ActivityReport kagaReport() { return kagaReport2024(m_db); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
    }

    void seedTrainingTable()
    {
        const ActivityReport r = kagaReport();
        QCOMPARE(r.councilName, QStringLiteral("加賀市在宅医療連携推進協議会"));
        QCOMPARE(r.recipient, QStringLiteral("加賀市地域医療審議会"));
        QCOMPARE(r.trainings.size(), 3);
        const ActivityReport::Training& first = r.trainings.at(0);
        const ActivityReport::Training& second = r.trainings.at(1);
        QCOMPARE(ActivityReport::trainingDateLabel(first.date, first.number), QStringLiteral("R6.12.12（第1回）"));
        QCOMPARE(ActivityReport::trainingDateLabel(second.date, second.number), QStringLiteral("R7.1.22（第2回）"));
        QCOMPARE(first.participants, std::optional<int>(22));
        QCOMPARE(second.participants, std::optional<int>(22));
        QCOMPARE(first.format, QStringLiteral("グループワーク"));
        QCOMPARE(first.lecturers.size(), 1);
        QCOMPARE(first.lecturers.first().line(), QStringLiteral("加賀市医療センター 地域連携センター センター長 白﨑直樹 先生"));
        QCOMPARE(second.lecturers.size(), 1);
        QCOMPARE(second.lecturers.first().line(), QStringLiteral("加賀温泉駅前こころクリニック 院長 長谷川英裕 先生"));
        // Programme items by kind, in programme order.
        QCOMPARE(first.programme.size(), 2);
        QCOMPARE(first.programme.at(0).first, QStringLiteral("事例"));
        QCOMPARE(first.programme.at(0).second, QStringList{QStringLiteral("初期認知症の方の受け入れと家族支援に関わるケース")});
        QCOMPARE(first.programme.at(1).first, QStringLiteral("ミニレクチャー"));
        // The joint training has no count recorded: none, not 0.
        QCOMPARE(r.trainings.at(2).participants, std::optional<int>());
        // Three years side by side, this one last; 44 participants (22 + 22), headcounts only.
        QCOMPARE(r.years.size(), 3);
        QCOMPARE(r.years.last().year, FiscalYear(2024));
        QCOMPARE(r.years.last().trainings, 3);
        QCOMPARE(r.years.last().participants, 44);
        QCOMPARE(r.years.last().distinctPersons, 0);
        QCOMPARE(r.years.first().year, FiscalYear(2022));
        QVERIFY(!r.bodies.isEmpty());
        QCOMPARE(r.bodies.first().name, QStringLiteral("加賀市在宅医療連携推進協議会"));
    }

    void pdfHoldsTheTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        const Status st = ReportWriter::write(kagaReport(), ReportWriter::Format::Pdf, path);
        QVERIFY2(st, qPrintable(st.fullText()));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) read nothing");
        for (const QString& expected :
             {QStringLiteral("令和6年度 加賀市在宅医療連携推進協議会 活動報告"), QStringLiteral("加賀市地域医療審議会"),
              QStringLiteral("研修会の実施状況"), QStringLiteral("事例内容・ミニレクチャー"), QStringLiteral("講師等"),
              QStringLiteral("R6.12.12"), QStringLiteral("R7.1.22"), QStringLiteral("（第1回）"), QStringLiteral("（第2回）"),
              QStringLiteral("白﨑直樹"), QStringLiteral("長谷川英裕"), QStringLiteral("院長"), QStringLiteral("先生"), QStringLiteral("加賀市医療センター"),
              QStringLiteral("加賀温泉駅前こころクリ"), QStringLiteral("職種別参加者数"), QStringLiteral("団体別参加状況"),
              QStringLiteral("令和5年度"), QStringLiteral("令和4年度")})
            QVERIFY2(PdfText::withoutSpaces(text).contains(PdfText::withoutSpaces(expected)),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text));
        // Every page is numbered "n / N" (pdftotext ends each page with a form feed).
        const int pages = int(text.count(u'\f'));
        QVERIFY(pages >= 2);
        for (int n = 1; n <= pages; ++n)
            QVERIFY2(QString(text).remove(u' ').contains(QStringLiteral("%1/%2").arg(n).arg(pages)), qPrintable(text));
        // Each training row carries its count.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("グループ\\s+22"))));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.contains("/FontFile2"), "the Japanese font is embedded");
    }

    // Copying or searching the PDF gives the data's own code points: 長 is not the radical ⻑
    // (U+2ED1), 山田 and 氏名 are not Kangxi radicals, 﨑 stays U+FA11.
    void pdfTextIsTheDataExactly()
    {
        QVERIFY2(ReportFont::isAvailable(), "BIZ UDGothic (fonts-morisawa-bizud-gothic) is installed");
        ActivityReport r = kagaReport();
        ActivityReport::Seat seat;
        seat.person = QStringLiteral("山田日出男");
        seat.organisation = QStringLiteral("氏家長寿会");
        seat.role = QStringLiteral("委員");
        r.bodies.first().seats << seat;
        const QString path = m_dir.filePath(QStringLiteral("exact.pdf"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Pdf, path));
        const QString text = pdfText(path);
        for (const QString& expected : {QStringLiteral("長谷川英裕"), QStringLiteral("山田日出男"), QStringLiteral("氏家長寿会"),
                                        QStringLiteral("氏名"), QStringLiteral("白﨑直樹"), QStringLiteral("令和7年5月20日")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!PdfText::hasRadicals(text), qPrintable(text));
    }

    // Qt falls back to another installed font for a character the report font lacks, and Qt 6.4
    // offers no way to leave a font out of that fallback. Of the ideographs and Japanese forms
    // IPAexGothic (installed for the screen) has, BIZ UDGothic lacks exactly five: only for these
    // can a PDF use IPAexGothic, whose glyph of 彐 is shared with the radical ⼹ (U+2F39). Any
    // other character a name may hold extracts as itself (pdfTextIsTheDataExactly).
    void onlyFiveCharactersFallBackToIPAex()
    {
        const QRawFont biz = QRawFont::fromFont(ReportFont::body());
        const QRawFont ipaex = QRawFont::fromFont(QFont(QStringLiteral("IPAexGothic")));
        QCOMPARE(biz.familyName(), ReportFont::gothicFamily());
        QCOMPARE(ipaex.familyName(), QStringLiteral("IPAexGothic"));
        QStringList missing;
        for (const auto& [first, last] : {std::pair{0x3000u, 0x30FFu}, std::pair{0x3400u, 0x4DBFu},
                                          std::pair{0x4E00u, 0x9FFFu}, std::pair{0xF900u, 0xFAFFu},
                                          std::pair{0xFF00u, 0xFFEFu}})
            for (uint c = first; c <= last; ++c)
                if (ipaex.supportsCharacter(c) && !biz.supportsCharacter(c))
                    missing << QString::number(c, 16);
        // 彐, the compatibility ideographs 漣 煉 溺 (U+F992, U+F993, U+F9EC) and the half-width ￨.
        QCOMPARE(missing, (QStringList{QStringLiteral("5f50"), QStringLiteral("f992"), QStringLiteral("f993"),
                                       QStringLiteral("f9ec"), QStringLiteral("ffe8")}));
    }

    void odtAndHtml()
    {
        const ActivityReport r = kagaReport();
        const QByteArray odt = ReportWriter::render(r, ReportWriter::Format::Odt);
        QVERIFY(odt.startsWith("PK"));
        const QString odtPath = m_dir.filePath(QStringLiteral("report.odt"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Odt, odtPath));
        QProcess unzip;
        unzip.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); "
                                    "print(z.read('mimetype').decode()); sys.stdout.buffer.write(z.read('content.xml'))"),
                     odtPath});
        QVERIFY2(unzip.waitForFinished(60000) && unzip.exitCode() == 0, "/usr/bin/python3 reads the ODT");
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(content.startsWith(QStringLiteral("application/vnd.oasis.opendocument.text")));
        QVERIFY(content.contains(QStringLiteral("白﨑直樹 先生")));
        QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
        QVERIFY(content.contains(QStringLiteral("研修会の実施状況")));

        const QString html = QString::fromUtf8(ReportWriter::render(r, ReportWriter::Format::Html));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("R6.12.12<br>（第1回）")));
        QVERIFY(html.contains(QStringLiteral("長谷川英裕 先生")));
        QVERIFY(html.contains(QStringLiteral("font-family: 'BIZ UDGothic'")));
        QVERIFY(!html.contains(QStringLiteral("IPAex")));
        QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    }

    void textIsEscaped()
    {
        ActivityReport r = kagaReport();
        r.trainings[0].title = QStringLiteral("<script>alert(1)</script> & 研修");
        const QString html = ReportHtml::build(r, QString());
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 研修")));
    }

    void rowsAreNeverSplit()
    {
        // Forty trainings with long programmes run over several pages; without help some row
        // would straddle a page break.
        const ActivityReport r = withManyTrainings(kagaReport());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        PagedDocument::setUpPage(pdf);
        QList<PagedDocument::RowBox> rows;
        const int pages = PagedDocument::paint(ReportHtml::build(r, QString()), pdf, QStringLiteral("header"), {}, &rows);
        QVERIFY(pages > 3);
        QCOMPARE(rows.last().page, pages - 1);
        int continued = 0;
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY2(rows.at(i).bottom <= rows.at(i).pageHeight, qPrintable(QString::number(i)));
            if (i > 0 && rows.at(i).page > rows.at(i - 1).page)
                ++continued;
        }
        QVERIFY2(continued >= 2, "the training table runs over several pages");
        QVERIFY(bytes.startsWith("%PDF"));
    }

    void commandLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        const auto run = [&db](const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
            QBuffer o, e;
            o.open(QIODevice::WriteOnly);
            e.open(QIODevice::WriteOnly);
            const int code = Cli().run(QStringList{QStringLiteral("--db"), db, QStringLiteral("report")} + args, o, e);
            if (out)
                *out = o.data();
            if (err)
                *err = e.data();
            return code;
        };
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("令和6年度"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                     &out, &err),
                 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        // HTML may go to standard output; PDF and ODT need a file.
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("R6"), QStringLiteral("--format"),
                      QStringLiteral("html")},
                     &out),
                 0);
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("研修会の実施状況")));
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("R6"), QStringLiteral("--format"),
                      QStringLiteral("odt")},
                     &out, &err),
                 2);
        QVERIFY(out.isEmpty());
        // DOCX for Word.
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("R6"), QStringLiteral("--format"),
                      QStringLiteral("docx"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.docx"))},
                     nullptr, &err),
                 0);
        QFile docx(m_dir.filePath(QStringLiteral("x.docx")));
        QVERIFY(docx.open(QIODevice::ReadOnly));
        QVERIFY(docx.read(2) == "PK");
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("R6"), QStringLiteral("--format"),
                      QStringLiteral("rtf"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.rtf"))},
                     nullptr, &err),
                 2);
        QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("rtf")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.rtf"))));
        QCOMPARE(run({QStringLiteral("--fiscal-year"), QStringLiteral("R99.4.1")}, nullptr, &err), 2);
    }

    void unwritableDestination()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const Status st = ReportWriter::write(kagaReport(), ReportWriter::Format::Pdf, path);
        QVERIFY(!st);
        QVERIFY(st.message().contains(QStringLiteral("report.pdf")));
        QVERIFY(!QFile::exists(path));
    }

    // The joint training's theme and venue, which the sample holds, are in the 研修会 table.
    void trainingThemeAndVenue()
    {
        const ActivityReport r = kagaReport();
        const ActivityReport::Training& joint = r.trainings.at(2);
        QCOMPARE(joint.theme, QStringLiteral("独居生活者を地域で支援しよう"));
        QCOMPARE(joint.venue, QStringLiteral("加賀市医療センター KMCホール"));
        const QString path = m_dir.filePath(QStringLiteral("theme.pdf"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Pdf, path));
        const QString text = PdfText::withoutSpaces(pdfText(path));
        QVERIFY2(text.contains(QStringLiteral("「独居生活者を地域で支援しよう」")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("会場：加賀市医療センターKMCホール")), qPrintable(text));
    }

    // A lecturer's name is never broken over two lines, whatever the length of the affiliation
    // before it ("小林 由" / "美 先生" was printed).
    void lecturerNamesAreNotSplit()
    {
        ActivityReport r = kagaReport();
        ActivityReport::Training& t = r.trainings[0];
        t.lecturers.clear();
        const QString affiliation = QStringLiteral("加賀市在宅医療介護連携支援センター訪問看護ステーション居宅介護支援事業所");
        for (int n = 4; n <= 24; ++n)
            t.lecturers << ActivityReport::Lecturer{affiliation.left(n) + QStringLiteral(" 所長"),
                                                    QStringLiteral("小林 由美 先生")};
        const QString path = m_dir.filePath(QStringLiteral("lecturers.pdf"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Pdf, path));
        int whole = 0;
        for (const QString& line : pdfText(path).split(u'\n'))
            if (PdfText::squeezed(line).contains(QStringLiteral("小林 由美 先生")))
                ++whole;
        QCOMPARE(whole, int(t.lecturers.size()));
    }

    // 推進体制 gives a named member's own 職種 when the seat names none; meetings name their
    // body by its 略称 (the field is for reports).
    void professionOfMembersAndShortNames()
    {
        RosterFixture f(m_db);
        const qint64 council = BodyStore(m_db).find(QStringLiteral("加賀市在宅医療連携推進協議会")).value();
        QVERIFY(council);
        f.member(council, f.person(QStringLiteral("山田花子"), QStringLiteral("やまだ はなこ"), 0, QStringLiteral("doctor")));
        Event e;
        e.kindId = f.code(CodeListStore::EventKind, QStringLiteral("meeting"));
        e.bodyId = council;
        e.date = QDate(2024, 6, 20);
        e.number = 1;
        e.title = QStringLiteral("令和6年度第1回協議会");
        QVERIFY(EventStore(m_db).insert(e));

        const ActivityReport r = kagaReport();
        const auto seats = r.bodies.first().seats;
        const auto seat = std::find_if(seats.begin(), seats.end(),
                                       [](const ActivityReport::Seat& s) { return s.person == QStringLiteral("山田花子"); });
        QVERIFY(seat != seats.end());
        QCOMPARE(seat->profession, CodeListStore(m_db).get(f.code(CodeListStore::Profession, QStringLiteral("doctor"))).value()->labelJa);
        QCOMPARE(r.meetings.size(), 1);
        QCOMPARE(r.meetings.first().body, QStringLiteral("協議会"));

        const QString path = m_dir.filePath(QStringLiteral("members.pdf"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Pdf, path));
        const QString text = PdfText::squeezed(pdfText(path));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("山田花子 %1").arg(seat->profession))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("R6\\.6\\.20 協議会 令和6年度第1回協議会"))),
                 qPrintable(text.mid(text.indexOf(QStringLiteral("会議の開催状況")))));
    }
};

RENKEI_PAINT_TEST_MAIN(TestReport)
#include "TestReport.moc"
