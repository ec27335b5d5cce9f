#include "common/Dialogs.h"
#include "common/Session.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "io/Importer.h"
#include "Locale.h"
#include "util/DatabaseDump.h"
#include "util/TestEnvironment.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

// File > Export…: every kind in every format, the file named in the status bar, and the file
// imports again without a change.
class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void exportThenImportAgain_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("xlsx") << 0 << QByteArray("PK\x03\x04");
        QTest::addRow("csv utf-8") << 1 << QByteArray("\xEF\xBB\xBF");
        QTest::addRow("csv cp932") << 2 << QByteArray();
    }

    void exportThenImportAgain()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, magic);
        const QString db = m_dir.filePath(QStringLiteral("kaga-%1.sqlite").arg(format));
        QVERIFY(TestEnvironment::createKagaDatabase(db));
        Session session;
        QVERIFY(session.open(db));
        MainWindow window(session);
        window.show();
        for (const Importer::Kind kind : Importer::kinds()) {
            window.findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
            auto* dialog = window.findChild<ExportDialog*>();
            QVERIFY(dialog && dialog->isVisible());
            QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
            auto* kinds = dialog->findChild<QComboBox*>(QStringLiteral("exportKind"));
            kinds->setCurrentIndex(kinds->findData(int(kind)));
            dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"))->setCurrentIndex(format);
            // The file name follows the kind and format; the clerk chooses where it goes.
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->text().endsWith(format ? ".csv" : ".xlsx"));
            const QString file = m_dir.filePath(QStringLiteral("%1-%2").arg(Importer::kindName(kind)).arg(format));
            Dialogs::setNextFileName(file);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseExportFile")), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runExport")), Qt::LeftButton);
            const QString written = file + (format ? QStringLiteral(".csv") : QStringLiteral(".xlsx"));
            QVERIFY2(window.statusBar()->currentMessage().contains(written), qPrintable(window.statusBar()->currentMessage()));
            QTRY_VERIFY(!window.findChild<ExportDialog*>()); // closed and deleted
            QFile out(written);
            QVERIFY(out.open(QIODevice::ReadOnly));
            QVERIFY(out.read(4).startsWith(magic));

            const QString before = DatabaseDump::dump(session.db());
            ImportReport report;
            const Status st = Importer(session.db()).run(kind, written, false, &report);
            QVERIFY2(st.ok(), qPrintable(report.errors.join(u'\n')));
            QVERIFY2(report.added.isEmpty() && report.updated.isEmpty(), qPrintable(report.added.join(u'\n') + report.updated.join(u'\n')));
            QCOMPARE(DatabaseDump::dump(session.db()), before);
        }
    }

    // A file already at the suggested place is replaced only when the clerk says so.
    void existingFileIsReplacedOnlyWhenAsked()
    {
        const QString db = m_dir.filePath(QStringLiteral("kaga-existing.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(db));
        Session session;
        QVERIFY(session.open(db));
        MainWindow window(session);
        window.show();
        window.findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
        auto* dialog = window.findChild<ExportDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"))->setCurrentIndex(0); // xlsx
        const QString path = m_dir.filePath(QStringLiteral("kept.xlsx"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write("a file the clerk keeps");
        kept.close();
        dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->setText(path);

        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runExport")), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("kept.xlsx")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(dialog->isVisible());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a file the clerk keeps"));
        kept.close();

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runExport")), Qt::LeftButton);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.read(2) == "PK");
    }

    // The default file name is the kind as the dialog shows it, translated: 関係者.xlsx in Japanese.
    void defaultFileNameIsTheTranslatedKind()
    {
        const QString db = m_dir.filePath(QStringLiteral("kaga-names.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(db));
        Session session;
        QVERIFY(session.open(db));
        QVERIFY(Locale::installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        const auto english = qScopeGuard([] {
            for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            Locale::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        });
        ExportDialog dialog(session);
        auto* kinds = dialog.findChild<QComboBox*>(QStringLiteral("exportKind"));
        auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("exportFile"));
        kinds->setCurrentIndex(kinds->findData(int(Importer::Kind::People)));
        QCOMPARE(QFileInfo(QDir::fromNativeSeparators(file->text())).fileName(), QStringLiteral("関係者.xlsx"));
        kinds->setCurrentIndex(kinds->findData(int(Importer::Kind::Events)));
        dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"))->setCurrentIndex(1);
        QCOMPARE(QFileInfo(QDir::fromNativeSeparators(file->text())).fileName(), QStringLiteral("会議・研修会.csv"));
    }

    // What the export dialog writes, the import dialog reads back as nothing to change.
    void exportThenImportThroughTheWindow()
    {
        const QString db = m_dir.filePath(QStringLiteral("kaga-window.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(db));
        Session session;
        QVERIFY(session.open(db));
        ExportDialog exportDialog(session);
        auto* kinds = exportDialog.findChild<QComboBox*>(QStringLiteral("exportKind"));
        kinds->setCurrentIndex(kinds->findData(int(Importer::Kind::Organisations)));
        const QString file = m_dir.filePath(QStringLiteral("団体.xlsx"));
        exportDialog.findChild<QLineEdit*>(QStringLiteral("exportFile"))->setText(file);
        QVERIFY(exportDialog.exportNow());

        ImportDialog importDialog(session);
        importDialog.show();
        QVERIFY(importDialog.loadFile(file));
        QCOMPARE(importDialog.findChild<QComboBox*>(QStringLiteral("importKind"))->currentData().toInt(),
                 int(Importer::Kind::Organisations));
        QTest::mouseClick(importDialog.findChild<QPushButton*>(QStringLiteral("dryRun")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&importDialog] { return !importDialog.isBusy(); }, 20000));
        const QString summary = importDialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("added: none; 0 updated, 11 unchanged, 0 with errors")), qPrintable(summary));
    }
};

RENKEI_GUI_TEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
