#include "db/Database.h"
#include "export/CountsExport.h"
#include "report/ActivityReport.h"
#include "report/ReportWriter.h"
#include "util/LibreOffice.h"
#include "util/PdfText.h"
#include "util/ReportFixture.h"
#include "util/TestEnvironment.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The editable report (DOCX for Word, ODT for LibreOffice) as an office suite shows it:
// LibreOffice converts each to PDF, whose text must hold every event, lecturer and count of the
// data and whose page count is within one page of Renkei's own PDF, with the table header
// repeated and "n / N" on every page.
class TestReportDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    ActivityReport kagaReport() { return kagaReport2024(m_db); }


    // Everything of the data a reader must find in the document.
    static QStringList expectedTexts(const ActivityReport& r)
    {
        QStringList texts{r.councilName, r.recipient};
        for (const ActivityReport::Training& t : r.trainings) {
            texts << t.title << ActivityReport::trainingDateLabel(t.date, t.number).section(u'（', 0, 0);
            if (t.participants)
                texts << QString::number(*t.participants);
            for (const ActivityReport::Lecturer& l : t.lecturers)
                texts << l.name;
            if (!t.theme.isEmpty())
                texts << t.theme;
        }
        for (const ActivityReport::BodyEntry& b : r.bodies)
            for (const ActivityReport::Seat& s : b.seats)
                texts << s.organisation << s.person << s.profession;
        for (const CountTable::Row& row : r.byProfession.rows)
            texts << row.label;
        texts.removeAll(QString());
        return texts;
    }

    bool convert(const QStringList& files, const QString& outDir)
    {
        return LibreOffice::convertToPdf(files, outDir, m_dir.path());
    }

    static int pageCount(const QString& text)
    {
        return int(text.count(u'\f'));
    }

    void check(const ActivityReport& report, const QString& name)
    {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        const QString docx = m_dir.filePath(name + QStringLiteral("-word.docx"));
        const QString odt = m_dir.filePath(name + QStringLiteral("-writer.odt"));
        QVERIFY(ReportWriter::write(report, ReportWriter::Format::Pdf, pdf));
        QVERIFY(ReportWriter::write(report, ReportWriter::Format::Docx, docx));
        QVERIFY(ReportWriter::write(report, ReportWriter::Format::Odt, odt));
        const QString out = m_dir.filePath(name + QStringLiteral("-lo"));
        QVERIFY(convert({docx, odt}, out));
        const int renkeiPages = pageCount(PdfText::extract(pdf));
        QVERIFY(renkeiPages >= 1);
        const QStringList expected = expectedTexts(report);
        for (const QString& converted : QStringList{name + QStringLiteral("-word.pdf"), name + QStringLiteral("-writer.pdf")}) {
            const QString text = PdfText::extract(out + u'/' + converted);
            QVERIFY2(!text.isEmpty(), qPrintable(converted));
            const QString flat = PdfText::withoutSpaces(text);
            // A cell wraps long text, and -layout puts the other columns between its lines:
            // the first ten characters are on one line in every column.
            for (const QString& e : expected)
                QVERIFY2(flat.contains(PdfText::withoutSpaces(e).left(10)), qPrintable(converted + u' ' + e));
            QVERIFY2(!PdfText::hasRadicals(text), qPrintable(converted));
            const int pages = pageCount(text);
            qInfo().noquote() << QStringLiteral("%1: %2 pages, Renkei's PDF %3").arg(converted).arg(pages).arg(renkeiPages);
            QVERIFY2(std::abs(pages - renkeiPages) <= 1,
                     qPrintable(QStringLiteral("%1: %2 pages, Renkei's PDF %3").arg(converted).arg(pages).arg(renkeiPages)));
            const QStringList pageTexts = text.split(u'\f');
            int withTrainingHeader = 0;
            for (int p = 0; p < pages; ++p) {
                const QString page = PdfText::withoutSpaces(pageTexts.at(p));
                QVERIFY2(page.contains(QStringLiteral("%1/%2").arg(p + 1).arg(pages)),
                         qPrintable(QStringLiteral("%1 page %2 has no page number").arg(converted).arg(p + 1)));
                if (page.contains(QStringLiteral("事例内容・ミニレクチャー")))
                    ++withTrainingHeader;
            }
            // The training table's header row is repeated on every page the table runs over.
            const int trainingPages = int(report.trainings.size()) > 10 ? 3 : 1;
            QVERIFY2(withTrainingHeader >= trainingPages, qPrintable(converted));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the pages: RENKEI_KEEP_TEST_FILES=1 keeps the folder (its path is printed).
        if (qEnvironmentVariableIsSet("RENKEI_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << "files in" << m_dir.path();
        }
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
    }

    void kagaYear() { check(kagaReport(), QStringLiteral("kaga")); }

    void largeYear() { check(withManyTrainings(kagaReport()), QStringLiteral("large")); }

    // What an editor keeps when it saves again: the fonts named in the styles, fixed column
    // widths, header rows marked as repeating, rows that do not break, page numbers as fields.
    void structure()
    {
        const ActivityReport r = kagaReport();
        const QString docx = m_dir.filePath(QStringLiteral("structure.docx"));
        const QString odt = m_dir.filePath(QStringLiteral("structure.odt"));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Docx, docx));
        QVERIFY(ReportWriter::write(r, ReportWriter::Format::Odt, odt));
        const auto part = [](const QString& zip, const QString& name) {
            QProcess unzip;
            unzip.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                         zip, name});
            unzip.waitForFinished(60000);
            return QString::fromUtf8(unzip.readAllStandardOutput());
        };
        const QString wordStyles = part(docx, QStringLiteral("word/styles.xml"));
        QVERIFY(wordStyles.contains(QStringLiteral("w:eastAsia=\"BIZ UDGothic\"")));
        const QString body = part(docx, QStringLiteral("word/document.xml"));
        QVERIFY(body.contains(QStringLiteral("<w:tblLayout w:type=\"fixed\"/>")));
        QVERIFY(body.contains(QStringLiteral("<w:gridCol w:w=")));
        QVERIFY(body.contains(QStringLiteral("<w:tblHeader/>")));
        QVERIFY(body.contains(QStringLiteral("<w:cantSplit/>")));
        QVERIFY(body.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))); // A4
        QVERIFY(body.contains(QStringLiteral("長谷川英裕 先生")));
        const QString footer = part(docx, QStringLiteral("word/footer1.xml"));
        QVERIFY(footer.contains(QStringLiteral(" PAGE ")) && footer.contains(QStringLiteral(" NUMPAGES ")));
        QVERIFY(!part(docx, QStringLiteral("word/media/chart.png")).isEmpty());

        QCOMPARE(part(odt, QStringLiteral("mimetype")), QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString odtStyles = part(odt, QStringLiteral("styles.xml"));
        QVERIFY(odtStyles.contains(QStringLiteral("style:font-name-asian=\"BIZ UDGothic\"")));
        QVERIFY(odtStyles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
        QVERIFY(odtStyles.contains(QStringLiteral("<text:page-count>")));
        const QString content = part(odt, QStringLiteral("content.xml"));
        QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
        QVERIFY(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
        QVERIFY(content.contains(QStringLiteral("style:column-width=")));
        QVERIFY(content.contains(QStringLiteral("Pictures/chart.png")));
    }

    // The Excel workbook (libxlsxwriter, over minizip) and the Word document (ZipPackage, over the
    // same minizip) are written by one program: a zip library exporting minizip's names with other
    // arguments (QuaZip) would make one of them crash.
    void excelAndWordInOneProgram()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("counts.xlsx"));
        const Status st = CountsExport::write(m_db, FiscalYear(2024), CountSheetBuilder::Kind::Event,
                                              CountsExport::Format::Xlsx, xlsx);
        QVERIFY2(st, qPrintable(st.fullText()));
        const QString docx = m_dir.filePath(QStringLiteral("after-xlsx.docx"));
        QVERIFY(ReportWriter::write(kagaReport(), ReportWriter::Format::Docx, docx));
        for (const QString& path : {xlsx, docx}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(2), QByteArray("PK"));
        }
    }
};

RENKEI_PAINT_TEST_MAIN(TestReportDocuments)
#include "TestReportDocuments.moc"
