#include "db/Database.h"
#include "AppPaths.h"
#include "attendance/AttendanceRules.h"
#include "bodies/BodiesPage.h"
#include "bodies/BodyEditor.h"
#include "bodies/MembershipDialog.h"
#include "bodies/MembershipPanel.h"
#include "bodies/PersonPicker.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "counts/ParticipantCounts.h"
#include "date/FiscalYear.h"
#include "date/JapaneseDate.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/PersonSearch.h"
#include "events/ProgrammeTab.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "io/ImportDialog.h"
#include "people/PeoplePage.h"
#include "reports/ActivityReportPanel.h"
#include "reports/ReportsPage.h"
#include "settings/CouncilSettingsForm.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "store/SettingsStore.h"
#include "util/LibreOffice.h"
#include "util/PdfText.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"
#include "util/WelcomeAnswer.h"
#include "util/XlsxFixture.h"
#include "window/FiscalYearCombo.h"
#include "window/MainWindow.h"
#include "window/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A clerk's first day, from an empty home folder: the welcome creates their council's database,
// File > Import… brings in 30 people from an .xlsx, a meeting dated last fiscal year gets a
// lecturer and attendance (a walk-in too), and the year's activity report is saved as PDF and
// DOCX and checked as a reader (pdftotext) and LibreOffice see it. The slots run in order on
// one window, each step through the real widgets: keys and clicks, Dialogs' answers for files.
class TestFirstDay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_bodyId = 0;
    qint64 m_meetingId = 0;
    QDate m_meetingDate;
    bool m_attended = false;

    static const QString councilName() { return QStringLiteral("小松市在宅医療・介護連携推進協議会"); }
    static const QString lecturer() { return QStringLiteral("髙橋誠"); } // typed 高橋 on a keyboard
    static const QString member() { return QStringLiteral("白﨑美咲"); } // typed 白崎
    static const QString walkIn() { return QStringLiteral("山本一郎"); }
    static const QString bodyName() { return QStringLiteral("多職種連携会議"); }
    static const QString itemTitle() { return QStringLiteral("入退院支援ルールの見直し"); }

    Database& db() { return m_session->db(); }
    template <typename T> T* page(int index) { return qobject_cast<T*>(m_window->page(index)); }
    qint64 personId(const QString& name) { return PersonStore(db()).findByName(name)->value(0).id; }
    QString roleOf(const QString& name)
    {
        const auto a = AttendanceStore(db()).find(m_meetingId, personId(name)).value();
        if (!a)
            return QStringLiteral("(no attendance)");
        const auto code = CodeListStore(db()).get(a->roleId).value();
        return code ? code->code : QStringLiteral("(no role)");
    }
    int rows(const QString& table)
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

    // Shows page `index` by clicking its entry in the navigation list, as a clerk does.
    void clickPage(int index)
    {
        // The offscreen platform does not hand activation back when a dialog closes; a window
        // manager does.
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QListWidget* nav = m_window->navigation();
        const QRect rect = nav->visualItemRect(nav->item(index));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->page(index)->isVisible(), true);
    }

    static void clickTab(QTabWidget* tabs, int index)
    {
        QTabBar* bar = tabs->findChild<QTabBar*>();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }

    // 30 people as another office sends them: name, reading, profession, organisation.
    QString peopleWorkbook()
    {
        const QList<QStringList> people{
            {lecturer(), QStringLiteral("たかはし まこと"), QStringLiteral("医師"),
             QStringLiteral("小松市民病院")},
            {member(), QStringLiteral("しらさき みさき"), QStringLiteral("看護師"),
             QStringLiteral("訪問看護ステーションこまつ")},
            {walkIn(), QStringLiteral("やまもと いちろう"), QStringLiteral("薬剤師"),
             QStringLiteral("こまつ中央薬局")},
            {QStringLiteral("齋藤恵子"), QStringLiteral("さいとう けいこ"), QStringLiteral("介護支援専門員"),
             QStringLiteral("小松市居宅介護支援事業所")},
            {QStringLiteral("吉田明美"), QStringLiteral("よしだ あけみ"), QStringLiteral("理学療法士"),
             QStringLiteral("小松市民病院")},
            {QStringLiteral("渡邉健"), QStringLiteral("わたなべ けん"), QStringLiteral("歯科医師"),
             QStringLiteral("小松歯科医師会")},
        };
        const QStringList family{QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("田中"),
                                 QStringLiteral("伊藤"), QStringLiteral("中村"), QStringLiteral("小林")};
        const QStringList familyReading{QStringLiteral("さとう"),   QStringLiteral("すずき"),
                                        QStringLiteral("たなか"),   QStringLiteral("いとう"),
                                        QStringLiteral("なかむら"), QStringLiteral("こばやし")};
        const QStringList given{QStringLiteral("花子"), QStringLiteral("太郎"), QStringLiteral("陽子"),
                                QStringLiteral("大輔")};
        const QStringList givenReading{QStringLiteral("はなこ"), QStringLiteral("たろう"),
                                       QStringLiteral("ようこ"), QStringLiteral("だいすけ")};
        const QStringList professions{QStringLiteral("看護師"), QStringLiteral("介護支援専門員"),
                                      QStringLiteral("医師"), QStringLiteral("保健師"),
                                      QStringLiteral("薬剤師")};
        const QStringList organisations{QStringLiteral("小松市民病院"),
                                        QStringLiteral("訪問看護ステーションこまつ"),
                                        QStringLiteral("小松市地域包括支援センター")};
        QList<QStringList> rows{{QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("職種"),
                                 QStringLiteral("所属")}};
        rows += people;
        for (int i = 0; rows.size() < 31; ++i)
            rows << QStringList{family.at(i % 6) + given.at(i / 6),
                                familyReading.at(i % 6) + u' ' + givenReading.at(i / 6),
                                professions.at(i % 5), organisations.at(i % 3)};
        const QString path = m_dir.filePath(QStringLiteral("関係者名簿.xlsx"));
        const bool ok =
            XlsxFixture::writeWorkbook(path, {{QStringLiteral("名簿"), XlsxFixture::inlineRows(rows)}},
                                       QString(), QString(), QStringLiteral("<xf numFmtId=\"0\"/>"));
        return ok ? path : QString();
    }

    // The text a reader gets from the PDF must hold the day's data exactly (no radical code points).
    void checkReportText(const QString& text, const QString& what)
    {
        QVERIFY2(!text.isEmpty(), qPrintable(what + QStringLiteral(": no text")));
        QVERIFY2(!PdfText::hasRadicals(text),
                 qPrintable(what + QStringLiteral(": radical code points in the text")));
        const QString flat = PdfText::withoutSpaces(text);
        for (const QString& expected : {JapaneseDate::formatShort(m_meetingDate), councilName(), lecturer(),
                                        member(), bodyName(), itemTitle()})
            QVERIFY2(flat.contains(PdfText::withoutSpaces(expected)),
                     qPrintable(QStringLiteral("%1 lacks “%2”:\n%3").arg(what, expected, text)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An empty home: no last file, no default database.
        QSettings().remove(QStringLiteral("lastFile"));
        QVERIFY(!QFile::exists(AppPaths::defaultDatabasePath()));
    }

    // 1. The welcome, as app/gui/main.cpp starts: our council's database.
    void welcomeCreatesOurCouncil()
    {
        m_session = std::make_unique<Session>();
        QString problem;
        Status st;
        const bool shown = startWithWelcome(
            *m_session,
            [&problem](WelcomeDialog* welcome) {
                QTest::mouseClick(welcome->createChoice(), Qt::LeftButton);
                CouncilSettingsForm* form = welcome->councilForm();
                QLineEdit* municipality = form->field(SettingsStore::Municipality);
                municipality->setFocus();
                typeText(municipality, QStringLiteral("小松市"));
                QLineEdit* name = form->field(SettingsStore::CouncilName);
                name->setFocus();
                name->selectAll();
                typeText(name, councilName());
                QLineEdit* secretariat = form->field(SettingsStore::Secretariat);
                secretariat->setFocus();
                secretariat->selectAll();
                typeText(secretariat, QStringLiteral("小松市 長寿介護課"));
                QTest::mouseClick(welcome->createButton(), Qt::LeftButton);
                problem = welcome->problemLabel()->text();
            },
            &st);
        QVERIFY2(st, qPrintable(st.fullText()));
        QVERIFY2(shown, "a first start from an empty home shows the welcome");
        QVERIFY2(m_session->isOpen(),
                 qPrintable(QStringLiteral("the welcome's Create opened nothing: ") + problem));
        QCOMPARE(db().path(), QFileInfo(AppPaths::defaultDatabasePath()).absoluteFilePath());

        const SettingsStore settings(db());
        QCOMPARE(settings.value(SettingsStore::CouncilName).value(), councilName());
        QCOMPARE(settings.value(SettingsStore::Municipality).value(), QStringLiteral("小松市"));
        QCOMPARE(settings.value(SettingsStore::Secretariat).value(), QStringLiteral("小松市 長寿介護課"));
        QCOMPARE(settings.value(SettingsStore::ReportRecipient).value(),
                 QStringLiteral("小松市地域医療審議会")); // suggested
        QVERIFY2(settings.value(SettingsStore::Sample).value().isEmpty(), "our database is no sample");
        for (const char* table : {"organisation", "person", "body", "event", "membership", "attendance"})
            QVERIFY2(
                rows(QString::fromLatin1(table)) == 0,
                qPrintable(
                    QStringLiteral("a new council's %1 table holds Kaga rows").arg(QLatin1String(table))));

        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QString title = m_window->windowTitle();
        QVERIFY2(title.contains(QFileInfo(AppPaths::defaultDatabasePath()).fileName()), qPrintable(title));
        QVERIFY2(!title.contains(QStringLiteral("Sample")), qPrintable(title));
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("sampleLabel"))->isVisibleTo(m_window.get()));
    }

    // 2. File > Import…: 30 people from an .xlsx, a dry run first.
    void importThirtyPeople()
    {
        QVERIFY(m_window);
        const QString file = peopleWorkbook();
        QVERIFY2(!file.isEmpty(), "could not write the workbook");
        auto* action = m_window->findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY2(action && action->isEnabled(), "File > Import… is there and enabled with a file open");
        action->trigger();
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY2((dialog = m_window->findChild<ImportDialog*>()) && dialog->isVisible(),
                     "the import dialog opens");
        Dialogs::setNextFileName(file);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("importSheet"))->currentText(),
                 QStringLiteral("名簿"));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("importKind"))->currentData().toInt(),
                 int(Importer::Kind::People)); // guessed from the header
        QCOMPARE(dialog->findChild<QTableView*>(QStringLiteral("importPreview"))->model()->rowCount(), 30);

        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("dryRun")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000));
        // 30 people and the 6 organisations of their 所属 column, which did not exist yet.
        QVERIFY2(summary->text().contains(QStringLiteral("added: 6 organisation(s), 30 person(s);")) &&
                     summary->text().contains(QStringLiteral("0 with errors")),
                 qPrintable(summary->text()));
        QCOMPARE(rows(QStringLiteral("person")), 0); // a dry run writes nothing

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runImport")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000));
        QVERIFY2(summary->text().contains(QStringLiteral("added: 6 organisation(s), 30 person(s);")), qPrintable(summary->text()));
        QCOMPARE(rows(QStringLiteral("person")), 30);
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ImportDialog*>());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("added: 6 organisation(s), 30 person(s);")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        clickPage(3);
        if (QTest::currentTestFailed())
            return;
        auto* people = page<PeoplePage>(3);
        QVERIFY(people);
        QCOMPARE(people->listView()->model()->rowCount(), 30);
        // The variant kanji stay as typed in the file.
        QVERIFY2(personId(lecturer()) && personId(member()), "髙橋 and 白﨑 imported as written");
        QCOMPARE(rows(QStringLiteral("organisation")), 6); // created from the 所属 column
    }

    // The new database has no bodies: one is made on 会議体・委員, with two members.
    void bodyWithMembers()
    {
        QVERIFY2(rows(QStringLiteral("person")) == 30, "the import before failed");
        clickPage(5);
        if (QTest::currentTestFailed())
            return;
        auto* bodies = page<BodiesPage>(5);
        QVERIFY(bodies);
        bodies->listView()->setFocus();
        QTest::keyClick(bodies->listView(), Qt::Key_N, Qt::ControlModifier);
        QLineEdit* name = bodies->editor()->nameEdit();
        QVERIFY2(name->hasFocus(), "New puts the cursor in the name");
        typeText(name, bodyName());
        QTest::keyClick(name, Qt::Key_Tab);
        m_bodyId = bodies->currentId();
        QVERIFY(m_bodyId);
        QCOMPARE(BodyStore(db()).get(m_bodyId).value()->name, bodyName());
        // The first body of a new council is the council (協議会), not その他: the report's
        // 推進体制 prints its kind.
        QCOMPARE(BodyStore(db()).get(m_bodyId).value()->kindId, CodeListStore(db()).idOf(CodeListStore::BodyKind, QStringLiteral("council")).value());

        // Members, each picked by typing a keyboard spelling of the name.
        const QList<QPair<QString, QString>> members{{QStringLiteral("高橋"), lecturer()},
                                                     {QStringLiteral("白崎"), member()}};
        for (const auto& [typed, expected] : members) {
            MembershipPanel* panel = bodies->members();
            QTest::mouseClick(panel->addButton(), Qt::LeftButton);
            MembershipDialog* dialog = nullptr;
            QTRY_VERIFY2((dialog = panel->findChild<MembershipDialog*>()) != nullptr,
                         "Add member opens its dialog");
            dialog->activateWindow();
            QTRY_VERIFY(dialog->isActiveWindow());
            PersonPicker* picker = dialog->personPicker();
            picker->setFocus();
            typeText(picker, typed);
            QCompleter* completer = picker->personCompleter();
            QTRY_VERIFY2(completer->popup()->isVisible(), qPrintable(typed));
            QCOMPARE(completer->completionModel()->rowCount(), 1);
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
            QCOMPARE(picker->text(), expected);
            dialog->activateWindow();
            QTRY_VERIFY(dialog->isActiveWindow());
            dialog->noteEdit()->setFocus();
            QTest::keyClick(dialog->noteEdit(), Qt::Key_Return); // OK
            const QPointer<MembershipDialog> open(dialog);
            (void)QTest::qWaitFor([&open] { return open.isNull(); }, 2000); // checked below, with the reason
            QVERIFY2(open.isNull(), qPrintable(QStringLiteral("the member dialog stays open: ") +
                                               (open ? open->errorLabel()->text() : QString())));
        }
        QCOMPARE(BodyStore(db()).memberships(m_bodyId).value().size(), 2);
    }

    // 3. A meeting dated in the previous fiscal year: the window follows it there.
    void meetingLastFiscalYear()
    {
        QVERIFY2(m_bodyId, "the body before failed");
        const FiscalYear thisYear = FiscalYear::current();
        QCOMPARE(m_session->fiscalYear(), thisYear);
        const FiscalYear lastYear(thisYear.startYear() - 1);
        m_meetingDate = QDate(lastYear.startYear(), 10, 3);

        clickPage(1);
        if (QTest::currentTestFailed())
            return;
        auto* meetings = page<EventsPage>(1);
        QVERIFY(meetings);
        meetings->listView()->setFocus();
        QTest::keyClick(meetings->listView(), Qt::Key_N, Qt::ControlModifier);
        m_meetingId = meetings->currentId();
        QVERIFY2(m_meetingId, "New creates a meeting");
        EventDetailsTab* details = meetings->editor()->details();
        QLineEdit* title = details->titleEdit();
        QVERIFY2(title->hasFocus(), "New puts the cursor in the title");
        typeText(title, QStringLiteral("第1回 多職種連携会議"));
        QTest::keyClick(title, Qt::Key_Tab);

        QLineEdit* date = details->dateEdit();
        QVERIFY2(date->hasFocus(), "the date follows the title");
        date->selectAll();
        const QString typed = QStringLiteral("R%1.10.3").arg(lastYear.startYear() - 2018);
        QTest::keyClicks(date, typed);
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(EventStore(db()).get(m_meetingId).value()->date, m_meetingDate);

        QCOMPARE(m_session->fiscalYear(), lastYear);
        QCOMPARE(m_window->fiscalYearCombo()->currentText(), lastYear.label());
        QCOMPARE(meetings->currentId(), m_meetingId);
        QVERIFY2(meetings->listView()->model()->rowCount() == 1, "the meeting stays in the list");
        QVERIFY2(meetings->listView()->selectionModel()->isSelected(meetings->listView()->currentIndex()),
                 "the meeting stays selected");
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(lastYear.label()), qPrintable(message));

        // The only body organises a new meeting from the start (its members make the roster).
        QComboBox* organiser = details->organiserCombo();
        QCOMPARE(EventStore(db()).get(m_meetingId).value()->bodyId, m_bodyId);
        QCOMPARE(organiser->currentData().toLongLong(), m_bodyId);
        // The organiser, chosen with the keyboard.
        organiser->setCurrentIndex(0);
        organiser->setFocus();
        for (int i = 0; i < organiser->count() && organiser->currentData().toLongLong() != m_bodyId; ++i)
            QTest::keyClick(organiser, Qt::Key_Down);
        QCOMPARE(organiser->currentText(), bodyName());
        QCOMPARE(EventStore(db()).get(m_meetingId).value()->bodyId, m_bodyId);
    }

    // 4. Programme with a lecturer; attendance: the lecturer, a member and a walk-in.
    void programmeAndAttendance()
    {
        QVERIFY2(m_meetingId && m_session->fiscalYear().contains(m_meetingDate), "the meeting before failed");
        auto* meetings = page<EventsPage>(1);
        EventEditor* editor = meetings->editor();
        clickTab(editor, 1);
        if (QTest::currentTestFailed())
            return;
        ProgrammeTab* programme = editor->programme();
        QTest::mouseClick(programme->addButton(), Qt::LeftButton);
        QCOMPARE(programme->itemList()->count(), 1);
        programme->titleEdit()->setFocus();
        typeText(programme->titleEdit(), itemTitle());
        QTest::keyClick(programme->titleEdit(), Qt::Key_Return);
        QLineEdit* search = programme->lecturerSearch()->lineEdit();
        search->setFocus();
        typeText(search, QStringLiteral("高橋")); // the keyboard's 高 finds the file's 髙
        QCOMPARE(programme->lecturerSearch()->matchList()->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(programme->lecturerList()->count(), 1);
        const QList<ProgrammeItem> items = ProgrammeStore(db()).items(m_meetingId).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).title, itemTitle());
        QCOMPARE(items.at(0).lecturerIds, QList<qint64>{personId(lecturer())});

        clickTab(editor, 2);
        if (QTest::currentTestFailed())
            return;
        AttendanceTab* attendance = editor->attendance();
        RosterModel* model = attendance->roster();
        RosterView* roster = attendance->rosterView();
        QCOMPARE(model->rowCount(), 2); // the organiser's members, listed in advance
        for (const QString& name : {lecturer(), member()}) {
            const int row = model->rowOfPerson(personId(name));
            QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(" is not on the roster")));
            roster->setFocus();
            roster->setCurrentIndex(model->index(row, RosterModel::StatusColumn));
            QTest::keyClick(roster, Qt::Key_Space);
        }
        PersonSearch* walkIns = attendance->walkInSearch();
        walkIns->lineEdit()->setFocus();
        typeText(walkIns->lineEdit(), QStringLiteral("やまもと"));
        QCOMPARE(walkIns->matchList()->count(), 1);
        QTest::keyClick(walkIns->lineEdit(), Qt::Key_Return);
        QCOMPARE(model->rowCount(), 3);

        QCOMPARE(roleOf(lecturer()), AttendanceRules::LecturerRole);
        QCOMPARE(roleOf(member()), AttendanceRules::ParticipantRole);
        QCOMPARE(roleOf(walkIn()), AttendanceRules::ParticipantRole);
        const int lecturerRow = model->rowOfPerson(personId(lecturer()));
        QCOMPARE(model->index(lecturerRow, RosterModel::RoleColumn).data().toString(),
                 QStringLiteral("Lecturer"));
        const QString tally = attendance->tallyLabel()->text();
        QVERIFY2(
            tally.contains(QStringLiteral("Not counted as participants: Lecturer 1 (%1)").arg(lecturer())),
            qPrintable(tally));
        QCOMPARE(ParticipantCounts(db()).eventCount(m_meetingId), std::optional<int>(2));
        m_attended = true;
    }

    // 5. The year's activity report as PDF and as DOCX, saved with the page's own button.
    void reportAsPdfAndDocx()
    {
        QVERIFY2(m_attended, "the attendance before failed");
        clickPage(6);
        if (QTest::currentTestFailed())
            return;
        auto* reports = page<ReportsPage>(6);
        QVERIFY(reports);
        ActivityReportPanel* panel = reports->activityReport();
        QPushButton* save = nullptr;
        for (QPushButton* b : panel->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Save as…"))
                save = b;
        QVERIFY2(save, "the report's Save as… button");
        const auto chooseFormat = [panel](const QString& label) {
            for (QRadioButton* r : panel->findChildren<QRadioButton*>())
                if (r->text().startsWith(label)) {
                    QTest::mouseClick(r, Qt::LeftButton);
                    return r->isChecked();
                }
            return false;
        };
        const FiscalYear year(m_meetingDate.year() - (m_meetingDate.month() < 4 ? 1 : 0));
        QCOMPARE(m_session->fiscalYear(), year); // the report of the meeting's year

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(chooseFormat(QStringLiteral("PDF")));
        Dialogs::setNextFileName(pdf);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(Dialogs::lastMessage()));
        const QString pdfText = PdfText::extract(pdf);
        checkReportText(pdfText, QStringLiteral("Renkei's PDF"));
        const int pdfPages = int(pdfText.count(u'\f'));
        QVERIFY(pdfPages >= 1);

        const QString docx = m_dir.filePath(QStringLiteral("report-word.docx"));
        QVERIFY(chooseFormat(QStringLiteral("DOCX")));
        Dialogs::setNextFileName(docx);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(QFileInfo(docx).size() > 0, qPrintable(Dialogs::lastMessage()));
        const QString out = m_dir.filePath(QStringLiteral("converted"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY2(LibreOffice::convertToPdf({docx}, out, m_dir.path()), "LibreOffice converts the DOCX");
        const QString docxText = PdfText::extract(out + QStringLiteral("/report-word.pdf"));
        checkReportText(docxText, QStringLiteral("the DOCX in LibreOffice"));
        const int docxPages = int(docxText.count(u'\f'));
        qInfo().noquote()
            << QStringLiteral("DOCX in LibreOffice: %1 pages, Renkei's PDF %2").arg(docxPages).arg(pdfPages);
        QVERIFY2(std::abs(docxPages - pdfPages) <= 1,
                 qPrintable(QStringLiteral("DOCX %1 pages in LibreOffice, Renkei's PDF %2")
                                .arg(docxPages)
                                .arg(pdfPages)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

RENKEI_GUI_TEST_MAIN_1366x768(TestFirstDay)
#include "TestFirstDay.moc"
