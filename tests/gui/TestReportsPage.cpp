#include "common/Dialogs.h"
#include "common/Session.h"
#include "reports/ActivityReportPanel.h"
#include "reports/CountsExportPanel.h"
#include "text/TextCodec.h"
#include "reports/ReportsPage.h"
#include "reports/SaveLocation.h"
#include "util/TestEnvironment.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Reports page: the activity report of the selected year saved through the real buttons,
// in each format, and a clear message (and no file) where it cannot be written.
class TestReportsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<ReportsPage> m_page;

    QPushButton* button(const QString& text)
    {
        for (QPushButton* b : m_page->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    static QByteArray head(const QString& path, int n)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_page = std::make_unique<ReportsPage>(m_session);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void savesEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("pdf") << int(ReportWriter::Format::Pdf) << "report.pdf" << QByteArray("%PDF");
        QTest::addRow("docx") << int(ReportWriter::Format::Docx) << "report.docx" << QByteArray("PK");
        QTest::addRow("odt") << int(ReportWriter::Format::Odt) << "report.odt" << QByteArray("PK");
        QTest::addRow("html") << int(ReportWriter::Format::Html) << "report.html" << QByteArray("<!DOCTYPE html>");
    }

    void savesEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        m_page->activityReport()->setFormat(ReportWriter::Format(format));
        const QString path = m_dir.filePath(file);
        Dialogs::setNextFileName(path);
        QPushButton* save = button(QStringLiteral("&Save as…"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(head(path, int(magic.size())), magic);
        if (file.endsWith(QLatin1String(".docx"))) // a Word document, not an ODT renamed
            QVERIFY(head(path, 4096).contains("word/document.xml"));
        QVERIFY(m_page->lastSaved()->text().contains(file));
        // The folder is remembered for the next time.
        QCOMPARE(QSettings().value(QStringLiteral("reports/lastFolder")).toString(), m_dir.path());
    }

    // With no folder remembered and no Documents folder, the save dialog starts in the home folder,
    // never in the program's working folder.
    void theFirstSaveStartsInDocumentsOrHome()
    {
        QSettings().remove(QStringLiteral("reports/lastFolder"));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(documents.startsWith(TestEnvironment::root()), qPrintable(documents)); // never the real home
        QVERIFY2(!QFileInfo(documents).exists() || QDir(documents).removeRecursively(), qPrintable(documents));
        QVERIFY(QDir::currentPath() != QDir::homePath());
        Dialogs::setNextFileName(QString()); // Cancel
        QVERIFY(SaveLocation::ask(m_page.get(), QStringLiteral("t"), QStringLiteral("a.pdf"), QString()).isEmpty());
        QCOMPARE(Dialogs::lastFolder(), QDir(QDir::homePath()).filePath(QStringLiteral("a.pdf")));
        QVERIFY(QDir().mkpath(documents));
        Dialogs::setNextFileName(QString());
        SaveLocation::ask(m_page.get(), QStringLiteral("t"), QStringLiteral("a.pdf"), QString());
        QCOMPARE(Dialogs::lastFolder(), QDir(documents).filePath(QStringLiteral("a.pdf")));
    }

    void savesCounts_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("xlsx") << int(CountsExport::Format::Xlsx) << "counts.xlsx" << QByteArray("PK");
        QTest::addRow("csv utf-8") << int(CountsExport::Format::CsvUtf8) << "counts.csv" << QByteArray("\xEF\xBB\xBF");
        QTest::addRow("csv cp932") << int(CountsExport::Format::CsvCp932) << "counts-sjis.csv" << QByteArray();
    }

    void savesCounts()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        CountsExportPanel* panel = m_page->countsExport();
        panel->setKind(CountsExport::Kind::Event); // Japanese titles: CP932 bytes are not UTF-8
        panel->setFormat(CountsExport::Format(format));
        const QString path = m_dir.filePath(file);
        Dialogs::setNextFileName(path);
        QPushButton* save = button(QStringLiteral("Save &counts as…"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QFile::exists(path));
        QVERIFY(m_page->lastSaved()->text().contains(file));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (CountsExport::Format(format) == CountsExport::Format::CsvCp932) {
            // No BOM; the text decodes from CP932 and holds the total of the Kaga sample.
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            const auto decoded = TextCodec::decode(bytes, nullptr);
            QVERIFY(decoded);
            QCOMPARE(decoded->encoding, TextCodec::Encoding::Cp932);
            QVERIFY(decoded->text.contains(QStringLiteral("44")));
        } else {
            QVERIFY(bytes.startsWith(magic));
        }
    }

    void headingFollowsTheYear()
    {
        m_session.setFiscalYear(FiscalYear(2023));
        m_page->reloadIfShown();
        QVERIFY(m_page->findChild<QLabel*>()->text().contains(FiscalYear(2023).label()));
        m_session.setFiscalYear(FiscalYear(2024));
        m_page->reloadIfShown();
    }

    void unwritableFolderIsSaid()
    {
        m_page->activityReport()->setFormat(ReportWriter::Format::Pdf);
        const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
        Dialogs::setNextFileName(path);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_page->activityReport()->saveAs());
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("report.pdf")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void cancelledDialogWritesNothing()
    {
        Dialogs::setNextFileName(QString());
        QVERIFY(!m_page->activityReport()->saveAs());
    }
};

RENKEI_GUI_TEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
