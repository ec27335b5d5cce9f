#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "io/ImportDialog.h"
#include "util/DatabaseDump.h"
#include "util/TestEnvironment.h"
#include "util/XlsxFixture.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// File > Import… driven as a clerk drives it: choose an .xlsx, its sheet, see the rows and what
// each column becomes, try a dry run (errors point at their row), import as one undo step, cancel.
class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString database()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga-%1.sqlite").arg(++m_counter));
        return TestEnvironment::createKagaDatabase(path) ? path : QString();
    }

    static int people(Session& session)
    {
        QSqlQuery q(session.db().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next() ? q.value(0).toInt() : -1;
    }

    // `count` people in the sheet "名簿" (after a sheet "表紙"); `badRow` (1-based data row, 0 for
    // none) gets a profession that does not exist.
    QString workbook(int count, int badRow)
    {
        QList<QStringList> rows{{QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("職種"), QStringLiteral("所属")}};
        for (int i = 1; i <= count; ++i)
            rows << QStringList{QStringLiteral("取込 花子%1").arg(i), QStringLiteral("とりこみ はなこ%1").arg(i),
                                i == badRow ? QStringLiteral("宇宙飛行士") : QStringLiteral("看護師"),
                                QStringLiteral("加賀市医師会")};
        const QString path = m_dir.filePath(QStringLiteral("people-%1.xlsx").arg(++m_counter));
        const bool ok = XlsxFixture::writeWorkbook(path,
                                                   {{QStringLiteral("表紙"), XlsxFixture::inlineRows({{QStringLiteral("関係者名簿")}})},
                                                    {QStringLiteral("名簿"), XlsxFixture::inlineRows(rows)}},
                                                   QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>"));
        return ok ? path : QString();
    }

    static void choose(ImportDialog& dialog, const QString& file, const QString& sheet)
    {
        Dialogs::setNextFileName(file);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
        auto* sheets = dialog.findChild<QComboBox*>(QStringLiteral("importSheet"));
        // The cover sheet comes first; the dialog opens on the sheet whose header it knows.
        QCOMPARE(sheets->currentText(), sheet);
        const int index = sheets->findText(sheet);
        QVERIFY(index >= 0);
        sheets->setCurrentIndex(index);
        emit sheets->activated(index);
    }

    static bool runAndWait(ImportDialog& dialog, const char* button)
    {
        QTest::mouseClick(dialog.findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 20000);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importThirtyPeopleUndoRedo()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen(0, 0, 1366, 768);
        QVERIFY2(dialog.width() <= screen.width() && dialog.height() <= screen.height(), "fits 1366x768");

        // A sheet with an error in data row 17 (Excel row 18).
        choose(dialog, workbook(30, 17), QStringLiteral("名簿"));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("importKind"));
        QCOMPARE(kind->currentData().toInt(), int(Importer::Kind::People)); // guessed from the header
        auto* preview = dialog.findChild<QTableView*>(QStringLiteral("importPreview"));
        QCOMPARE(preview->model()->rowCount(), 30);
        QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toInt(), 2); // Excel's row number
        auto* mapping = dialog.findChild<QTableWidget*>(QStringLiteral("importMapping"));
        QCOMPARE(mapping->rowCount(), 4);
        QCOMPARE(static_cast<QComboBox*>(mapping->cellWidget(2, 1))->currentData().toString(), QStringLiteral("profession"));
        QVERIFY(preview->model()->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("profession")));

        QVERIFY(runAndWait(dialog, "dryRun"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("added: 29 person(s);")) && summary->text().contains(QStringLiteral("1 with errors")),
                 qPrintable(summary->text()));
        auto* report = dialog.findChild<QListWidget*>(QStringLiteral("importReport"));
        QListWidgetItem* error = report->item(0);
        QVERIFY2(error->text().contains(QStringLiteral("sheet “名簿”, row 18, column \"職種\" (C)"))
                     && error->text().contains(QStringLiteral("宇宙飛行士")),
                 qPrintable(error->text()));
        // Clicking the error shows its row in the preview.
        const QRect rect = report->visualItemRect(error);
        QTest::mouseClick(report->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(preview->currentIndex().row(), 16);
        QCOMPARE(preview->currentIndex().column(), 2);
        QCOMPARE(people(session), 2);

        // Importing a file with an error writes nothing and pushes no undo step.
        QVERIFY(runAndWait(dialog, "runImport"));
        QCOMPARE(people(session), 2);
        QCOMPARE(session.undoStack()->count(), 0);

        // The clean file: a dry run, then the import applies what the dry run found (no second pass:
        // the dialog is not busy for a moment).
        choose(dialog, workbook(30, 0), QStringLiteral("名簿"));
        QVERIFY(runAndWait(dialog, "dryRun"));
        QCOMPARE(people(session), 2);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("runImport")), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(summary->text().contains(QStringLiteral("added: 30 person(s);")), qPrintable(summary->text()));
        QCOMPARE(people(session), 32);
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY(session.undoStack()->undoText().contains(QStringLiteral("名簿")));
        session.undoStack()->undo();
        QCOMPARE(people(session), 2);
        session.undoStack()->redo();
        QCOMPARE(people(session), 32);
        QSqlQuery q(session.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person p JOIN code c ON c.id = p.profession_id "
                                      "WHERE p.name LIKE '取込 花子%' AND c.code = 'nurse'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 30);
    }

    // Issue 9, point 4: an import, its undo and redo announce the records they touched (the people
    // added, then removed), so the window applies them row by row: no wholesale reload.
    void importAnnouncesItsRowsNotAReload()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        dialog.show();
        choose(dialog, workbook(3, 0), QStringLiteral("名簿"));
        QSignalSpy wholesale(&session, &Session::changed);
        QSignalSpy typed(&session, &Session::changes);
        QVERIFY(runAndWait(dialog, "runImport"));
        QCOMPARE(people(session), 5);
        QCOMPARE(wholesale.count(), 0);
        QCOMPARE(typed.count(), 1);
        const auto people = [&typed](Change::Op op) {
            for (const Change& c : typed.last().first().value<Changes>())
                if (c.entity == Change::Entity::Person && c.op == op)
                    return c.ids.size();
            return qsizetype(-1);
        };
        QCOMPARE(people(Change::Op::Inserted), 3);
        session.undo();
        QCOMPARE(wholesale.count(), 0);
        QCOMPARE(typed.count(), 2);
        QCOMPARE(people(Change::Op::Removed), 3);
        session.redo();
        QCOMPARE(wholesale.count(), 0);
        QCOMPARE(people(Change::Op::Inserted), 3);
    }

    void adjustedMappingIsUsed()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        dialog.show();
        choose(dialog, workbook(5, 3), QStringLiteral("名簿"));
        auto* mapping = dialog.findChild<QTableWidget*>(QStringLiteral("importMapping"));
        auto* profession = static_cast<QComboBox*>(mapping->cellWidget(2, 1));
        profession->setCurrentIndex(profession->findData(QString())); // (ignore)
        QVERIFY(runAndWait(dialog, "runImport"));
        QCOMPARE(people(session), 7);
        QSqlQuery q(session.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE name LIKE '取込 花子%' AND profession_id IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    // After an import, Import waits for another file, sheet, kind or mapping: pressing it again
    // would import the same rows a second time.
    void importIsDisabledUntilSomethingChanges()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        dialog.show();
        choose(dialog, workbook(3, 0), QStringLiteral("名簿"));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("runImport"));
        QVERIFY(import->isEnabled());
        QVERIFY(runAndWait(dialog, "runImport"));
        QCOMPARE(people(session), 5);
        QVERIFY(!import->isEnabled());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("dryRun"))->isEnabled());
        QVERIFY(runAndWait(dialog, "dryRun")); // a dry run changes nothing: still imported
        QVERIFY(!import->isEnabled());
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("importKind"));
        emit kind->activated(kind->currentIndex());
        QVERIFY(import->isEnabled());
        QVERIFY(runAndWait(dialog, "runImport"));
        QVERIFY(!import->isEnabled());
        choose(dialog, workbook(2, 0), QStringLiteral("名簿"));
        QVERIFY(import->isEnabled());
    }

    // A dry run is not reused when another program wrote to the file since: the rows are read again.
    void dryRunIsNotReusedAfterAnotherWrite()
    {
        const QString path = database();
        Session session;
        QVERIFY(session.open(path));
        ImportDialog dialog(session);
        dialog.show();
        choose(dialog, workbook(4, 0), QStringLiteral("名簿"));
        QVERIFY(runAndWait(dialog, "dryRun"));
        {
            Database other;
            QVERIFY(other.open(path));
            QSqlQuery q(other.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name) VALUES ('取込 花子1')")));
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("runImport")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 20000));
        // 取込 花子1 now exists (without an organisation): the fresh pass adds three and the fourth
        // as a person of 加賀市医師会 — exactly what a second look at the file finds.
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Imported")), qPrintable(summary));
        QCOMPARE(people(session), 3 + 4);
    }

    void cancelWritesNothing()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        dialog.show();
        choose(dialog, workbook(6000, 0), QStringLiteral("名簿"));
        const QString before = DatabaseDump::dump(session.db());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("runImport")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelImport"));
        QVERIFY(cancel->isVisible());
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"))->isVisible());
        // The window answers while the import runs.
        QTest::qWait(20);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 20000));
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("Cancelled")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text()));
        QCOMPARE(DatabaseDump::dump(session.db()), before);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void brokenWorkbookIsAClearError()
    {
        Session session;
        QVERIFY(session.open(database()));
        ImportDialog dialog(session);
        const QString path = m_dir.filePath(QStringLiteral("broken.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not really a zip");
        file.close();
        Dialogs::setNextFileName(path);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
        const QString text = dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(text.contains(QStringLiteral("broken.xlsx")) && text.contains(QStringLiteral("damaged")), qPrintable(text));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("runImport"))->isEnabled());
    }

    void fileMenuOpensTheDialog()
    {
        Session session;
        QVERIFY(session.open(database()));
        MainWindow window(session);
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        choose(*dialog, workbook(3, 0), QStringLiteral("名簿"));
        QVERIFY(runAndWait(*dialog, "runImport"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("added: 3 person(s);")),
                 qPrintable(window.statusBar()->currentMessage()));
        dialog->close();
    }
};

RENKEI_GUI_TEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
