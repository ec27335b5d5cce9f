#include "common/Dialogs.h"
#include "common/Session.h"
#include "counts/ParticipantCounts.h"
#include "date/FiscalYear.h"
#include "date/JapaneseDate.h"
#include "db/Database.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventListModel.h"
#include "events/EventsPage.h"
#include "events/HeadcountModel.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "events/ProgrammeTab.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "events/SignInSheetButton.h"
#include "report/SignInSheet.h"
#include "sample/SampleLoader.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The event editor as the secretariat uses it after a training: create it, type its date as
// written on paper, build the programme, enter the sign-in sheet by keyboard, and check that the
// tally agrees with the core's counts.
class TestEventEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<EventsPage> m_page;
    qint64 m_eventId = 0;

    Database& db() { return m_session.db(); }
    EventEditor* editor() const { return m_page->editor(); }
    AttendanceTab* attendance() const { return editor()->attendance(); }
    qint64 code(const QString& list, const QString& c) { return CodeListStore(db()).idOf(list, c).value(); }
    qint64 profession(const QString& c) { return code(CodeListStore::Profession, c); }
    qint64 personId(const QString& name) { return PersonStore(db()).findByName(name)->value(0).id; }

    qint64 addPerson(const QString& name, const QString& reading, const QString& professionCode)
    {
        Person p;
        p.name = name;
        p.reading = reading;
        p.professionId = profession(professionCode);
        [&] { QVERIFY(PersonStore(db()).insert(p)); }();
        return p.id;
    }

    QString statusCodeOf(const QString& name)
    {
        const auto a = AttendanceStore(db()).find(m_eventId, personId(name)).value();
        return a ? CodeListStore(db()).get(a->statusId).value()->code : QString();
    }

    static void settle()
    {
        // Edits from item editors are saved once the editor has closed (a queued call).
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_page = std::make_unique<EventsPage>(m_session, EventsPage::Trainings);
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->view()->model()->rowCount(), 3);
    }

    void createTrainingAndTypeItsDate()
    {
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_page->view()->model()->rowCount(), 4);
        m_eventId = m_page->currentId();
        const auto created = EventStore(db()).get(m_eventId).value();
        QVERIFY(created);
        QCOMPARE(CodeListStore(db()).get(created->kindId).value()->code, QStringLiteral("training"));
        QVERIFY(FiscalYear(2024).contains(created->date));

        EventDetailsTab* details = editor()->details();
        QVERIFY(details->titleEdit()->hasFocus());
        typeText(details->titleEdit(), QStringLiteral("多職種連携研修会"));
        QTest::keyClick(details->titleEdit(), Qt::Key_Tab);
        QCOMPARE(EventStore(db()).get(m_eventId).value()->title, QStringLiteral("多職種連携研修会"));

        QLineEdit* date = details->dateEdit();
        QVERIFY(date->hasFocus()); // the date follows the title
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R6.11.5"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(EventStore(db()).get(m_eventId).value()->date, QDate(2024, 11, 5));
        QCOMPARE(date->text(), QStringLiteral("令和6年11月5日（火）"));
        QVERIFY(details->dateMessage()->text().isEmpty());

        // A date that does not exist is explained and not saved.
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R6.13.40"));
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(!details->dateMessage()->text().isEmpty());
        QVERIFY(details->dateMessage()->text().contains(QStringLiteral("R6.13.40")));
        QCOMPARE(EventStore(db()).get(m_eventId).value()->date, QDate(2024, 11, 5));
        QCOMPARE(date->text(), QStringLiteral("R6.13.40"));
        date->selectAll();
        typeText(date, QStringLiteral("令和６年１１月５日")); // full-width, as an IME gives it
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(details->dateMessage()->text().isEmpty());
        QCOMPARE(date->text(), QStringLiteral("令和6年11月5日（火）"));

        // Edits are undoable steps.
        m_session.undoStack()->undo();
        QCOMPARE(EventStore(db()).get(m_eventId).value()->date, created->date);
        QCOMPARE(date->text(), JapaneseDate::formatLong(created->date));
        m_session.undoStack()->redo();
        QCOMPARE(EventStore(db()).get(m_eventId).value()->date, QDate(2024, 11, 5));
        QCOMPARE(date->text(), QStringLiteral("令和6年11月5日（火）"));
    }

    void programmeWithLecturers()
    {
        editor()->setCurrentIndex(1);
        ProgrammeTab* programme = editor()->programme();
        QTest::mouseClick(programme->addButton(), Qt::LeftButton);
        QCOMPARE(programme->itemList()->count(), 1);
        programme->kindCombo()->setCurrentIndex(programme->kindCombo()->findText(QStringLiteral("Lecture")));
        emit programme->kindCombo()->activated(programme->kindCombo()->currentIndex());
        programme->titleEdit()->setFocus();
        typeText(programme->titleEdit(), QStringLiteral("GLIM基準について"));
        QTest::keyClick(programme->titleEdit(), Qt::Key_Return);

        // An existing person, found by a keyboard spelling of 白﨑.
        QLineEdit* search = programme->lecturerSearch()->lineEdit();
        search->setFocus();
        typeText(search, QStringLiteral("白崎"));
        QCOMPARE(programme->lecturerSearch()->matchList()->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(programme->lecturerList()->count(), 1);
        QVERIFY(programme->lecturerList()->item(0)->text().contains(QStringLiteral("加賀市医療センター")));
        QVERIFY(programme->lecturerList()->item(0)->text().contains(QStringLiteral("センター長")));

        // A second item whose lecturer is created on the spot.
        QTest::mouseClick(programme->addButton(), Qt::LeftButton);
        QCOMPARE(programme->itemList()->count(), 2);
        programme->titleEdit()->setFocus();
        typeText(programme->titleEdit(), QStringLiteral("生活保護について"));
        QTest::keyClick(programme->titleEdit(), Qt::Key_Return);
        search->setFocus();
        typeText(search, QStringLiteral("山田花子"));
        QCOMPARE(programme->lecturerSearch()->matchList()->count(), 0);
        QTest::keyClick(search, Qt::Key_Return);
        NewPersonForm* form = programme->newLecturerForm();
        QVERIFY(form->isVisible());
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("山田花子"));
        QVERIFY(form->readingEdit()->hasFocus());
        typeText(form->readingEdit(), QStringLiteral("やまだ はなこ"));
        form->professionCombo()->setCurrentIndex(
            form->professionCombo()->findText(QStringLiteral("Social worker")));
        form->titleEdit()->setFocus();
        typeText(form->titleEdit(), QStringLiteral("係長"));
        QTest::keyClick(form->titleEdit(), Qt::Key_Return);
        QVERIFY(!form->isVisible());

        const qint64 yamada = personId(QStringLiteral("山田花子"));
        QVERIFY(yamada);
        QCOMPARE(PersonStore(db()).get(yamada)->value().reading, QStringLiteral("やまだ はなこ"));
        const QList<ProgrammeItem> items = ProgrammeStore(db()).items(m_eventId).value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).title, QStringLiteral("GLIM基準について"));
        QCOMPARE(items.at(0).lecturerIds, QList<qint64>{personId(QStringLiteral("白﨑直樹"))});
        QCOMPARE(items.at(1).title, QStringLiteral("生活保護について"));
        QCOMPARE(items.at(1).lecturerIds, QList<qint64>{yamada});
        QVERIFY(programme->itemList()->item(1)->text().contains(QStringLiteral("山田花子")));

        // Reordering is one undoable step.
        QTest::mouseClick(programme->upButton(), Qt::LeftButton);
        QCOMPARE(ProgrammeStore(db()).items(m_eventId).value().at(0).title, QStringLiteral("生活保護について"));
        m_session.undoStack()->undo();
        QCOMPARE(ProgrammeStore(db()).items(m_eventId).value().at(0).title, QStringLiteral("GLIM基準について"));
    }

    void attendanceByKeyboard()
    {
        // Six members of the council, listed in advance; four more people come without notice.
        const qint64 council = BodyStore(db()).find(QStringLiteral("協議会")).value();
        QVERIFY(council);
        const QList<std::pair<QString, QString>> members{
            {QStringLiteral("青木一郎"), QStringLiteral("あおき いちろう")},
            {QStringLiteral("井上春子"), QStringLiteral("いのうえ はるこ")},
            {QStringLiteral("上田誠"), QStringLiteral("うえだ まこと")},
            {QStringLiteral("江口薫"), QStringLiteral("えぐち かおる")},
            {QStringLiteral("大野明美"), QStringLiteral("おおの あけみ")},
            {QStringLiteral("加藤優"), QStringLiteral("かとう ゆう")}};
        const QStringList memberJobs{QStringLiteral("doctor"),       QStringLiteral("nurse"),
                                     QStringLiteral("care-manager"), QStringLiteral("pharmacist"),
                                     QStringLiteral("nurse"),        QStringLiteral("care-worker")};
        for (int i = 0; i < members.size(); ++i) {
            Membership m;
            m.bodyId = council;
            m.personId = addPerson(members.at(i).first, members.at(i).second, memberJobs.at(i));
            QVERIFY(BodyStore(db()).insert(m));
        }
        addPerson(QStringLiteral("髙橋健"), QStringLiteral("たかはし けん"), QStringLiteral("doctor"));
        addPerson(QStringLiteral("中村真理"), QStringLiteral("なかむら まり"),
                  QStringLiteral("social-worker"));
        m_session.notifyChanged();

        editor()->setCurrentIndex(2);
        RosterView* roster = attendance()->rosterView();
        RosterModel* model = attendance()->roster();
        // The six members and the programme's two lecturers (白﨑直樹, 山田花子), to be ticked.
        QCOMPARE(model->rowCount(), 8);
        QVERIFY(model->rowOfPerson(personId(QStringLiteral("白﨑直樹"))) >= 0);
        QVERIFY(model->rowOfPerson(personId(QStringLiteral("山田花子"))) >= 0);
        const int aokiRow = model->rowOfPerson(personId(QStringLiteral("青木一郎")));
        QCOMPARE(model->index(aokiRow, RosterModel::NameColumn).data().toString(),
                 QStringLiteral("青木一郎"));
        QCOMPARE(model->index(aokiRow, RosterModel::ProfessionColumn).data().toString(),
                 QStringLiteral("Doctor"));
        QCOMPARE(attendance()->tallyLabel()->text(), QStringLiteral("No attendance recorded yet"));

        // The sign-in sheet, read from the top: arrows move, space and 1–4 set the status.
        roster->setFocus();
        roster->setCurrentIndex(model->index(aokiRow, RosterModel::StatusColumn));
        QTest::keyClick(roster, Qt::Key_Space);
        QTest::keyClick(roster, Qt::Key_Down);
        QTest::keyClick(roster, Qt::Key_Space);
        QTest::keyClick(roster, Qt::Key_Down);
        QTest::keyClick(roster, Qt::Key_1);
        QTest::keyClick(roster, Qt::Key_Down);
        QTest::keyClick(roster, Qt::Key_2);
        QTest::keyClick(roster, Qt::Key_Down);
        QTest::keyClick(roster, Qt::Key_3);
        QTest::keyClick(roster, Qt::Key_Down);
        QTest::keyClick(roster, Qt::Key_Space);
        QVERIFY(roster->hasFocus());
        QCOMPARE(statusCodeOf(QStringLiteral("青木一郎")), QStringLiteral("present"));
        QCOMPARE(statusCodeOf(QStringLiteral("井上春子")), QStringLiteral("present"));
        QCOMPARE(statusCodeOf(QStringLiteral("上田誠")), QStringLiteral("present"));
        QCOMPARE(statusCodeOf(QStringLiteral("江口薫")), QStringLiteral("absent"));
        QCOMPARE(statusCodeOf(QStringLiteral("大野明美")), QStringLiteral("proxy"));
        QCOMPARE(statusCodeOf(QStringLiteral("加藤優")), QStringLiteral("present"));

        // 大野's colleague came instead: typed in the substitute column, created on the spot.
        roster->setCurrentIndex(model->index(model->rowOfPerson(personId(QStringLiteral("大野明美"))),
                                             RosterModel::SubstituteColumn));
        QTest::keyClick(roster, Qt::Key_F2);
        QWidget* substituteEditor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(substituteEditor));
        typeText(substituteEditor, QStringLiteral("大野太郎"));
        QTest::keyClick(substituteEditor, Qt::Key_Return);
        settle();
        // The completer's popup took the (offscreen) activation with it.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        // The person who came has the row (代理出席 for 大野明美); the member's row shows it.
        const qint64 member = personId(QStringLiteral("大野明美"));
        QVERIFY(!AttendanceStore(db()).find(m_eventId, member).value());
        const auto proxy = AttendanceStore(db()).proxyFor(m_eventId, member).value();
        QVERIFY(proxy);
        QCOMPARE(proxy->personId, personId(QStringLiteral("大野太郎")));
        QCOMPARE(CodeListStore(db()).get(proxy->statusId).value()->code, QStringLiteral("proxy"));
        QCOMPARE(model->index(model->rowOfPerson(member), RosterModel::SubstituteColumn).data().toString(),
                 QStringLiteral("大野太郎"));
        QCOMPARE(model->index(model->rowOfPerson(member), RosterModel::StatusColumn).data().toString(),
                 CodeListStore(db()).get(proxy->statusId).value()->label());
        QCOMPARE(model->rowOfPerson(proxy->personId), -1);
        // Undo takes the new person and the proxy row away and gives the member's row back; redo
        // brings both back under the same id.
        const qint64 came = proxy->personId;
        m_session.undoStack()->undo();
        QVERIFY(!AttendanceStore(db()).proxyFor(m_eventId, member).value());
        QVERIFY(!PersonStore(db()).get(came)->has_value());
        QCOMPARE(statusCodeOf(QStringLiteral("大野明美")), QStringLiteral("proxy"));
        m_session.undoStack()->redo();
        QCOMPARE(AttendanceStore(db()).proxyFor(m_eventId, member).value()->personId, came);
        QVERIFY(!AttendanceStore(db()).find(m_eventId, member).value());
        // Setting the member present replaces the proxy; undo puts the proxy back.
        QVERIFY(attendance()->setStatus(member, 1));
        QVERIFY(!AttendanceStore(db()).proxyFor(m_eventId, member).value());
        QCOMPARE(statusCodeOf(QStringLiteral("大野明美")), QStringLiteral("present"));
        m_session.undoStack()->undo();
        QCOMPARE(AttendanceStore(db()).proxyFor(m_eventId, member).value()->personId, came);
        QVERIFY(!AttendanceStore(db()).find(m_eventId, member).value());

        // Walk-ins: typing in the roster goes to the search; 高橋 finds 髙橋 by folding.
        PersonSearch* search = attendance()->walkInSearch();
        roster->setFocus();
        typeText(roster, QStringLiteral("高"));
        QVERIFY(search->lineEdit()->hasFocus());
        QCOMPARE(search->lineEdit()->text(), QStringLiteral("高"));
        typeText(search->lineEdit(), QStringLiteral("橋"));
        QCOMPARE(search->matchList()->count(), 1);
        QTest::keyClick(search->lineEdit(), Qt::Key_Return);
        QCOMPARE(statusCodeOf(QStringLiteral("髙橋健")), QStringLiteral("present"));
        QVERIFY(search->lineEdit()->text().isEmpty());
        QVERIFY(search->lineEdit()->hasFocus());
        typeText(search->lineEdit(), QStringLiteral("ﾅｶﾑﾗ")); // half-width kana of the reading
        QTest::keyClick(search->lineEdit(), Qt::Key_Return);
        QCOMPARE(statusCodeOf(QStringLiteral("中村真理")), QStringLiteral("present"));

        // Two people nobody has entered yet, created without leaving the tab.
        NewPersonForm* form = attendance()->newPersonForm();
        const QList<std::tuple<QString, QString, QString>> newcomers{
            {QStringLiteral("松本由美"), QStringLiteral("まつもと ゆみ"), QStringLiteral("Nurse")},
            {QStringLiteral("森田翔"), QStringLiteral("もりた しょう"), QStringLiteral("Physiotherapist")}};
        for (const auto& [name, reading, job] : newcomers) {
            typeText(search->lineEdit(), name);
            QCOMPARE(search->matchList()->count(), 0);
            QTest::keyClick(search->lineEdit(), Qt::Key_Return);
            QVERIFY(form->isVisible());
            QCOMPARE(form->nameEdit()->text(), name);
            QVERIFY(form->readingEdit()->hasFocus());
            typeText(form->readingEdit(), reading);
            QTest::keyClick(form->readingEdit(), Qt::Key_Tab);
            QVERIFY(form->professionCombo()->hasFocus());
            form->professionCombo()->setCurrentIndex(form->professionCombo()->findText(job));
            QTest::keyClick(form->professionCombo(), Qt::Key_Return);
            QVERIFY(!form->isVisible());
            QVERIFY(search->lineEdit()->hasFocus());
            QCOMPARE(statusCodeOf(name), QStringLiteral("present"));
        }
        QCOMPARE(model->rowCount(), 12);
        // Profession and organisation were copied from the person when the row was made.
        const auto matsumoto = AttendanceStore(db()).find(m_eventId, personId(QStringLiteral("松本由美"))).value();
        QCOMPARE(matsumoto->professionId, profession(QStringLiteral("nurse")));

        // Five nurses signed only the headcount sheet.
        QTableView* headcounts = attendance()->headcountView();
        const int nurseRow = attendance()->headcounts()->rowOfProfession(profession(QStringLiteral("nurse")));
        headcounts->setFocus();
        headcounts->setCurrentIndex(attendance()->headcounts()->index(nurseRow, HeadcountModel::CountColumn));
        QTest::keyClick(headcounts, Qt::Key_5);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(AttendanceStore(db()).headcounts(m_eventId).value().size(), 1);
        QCOMPARE(AttendanceStore(db()).headcounts(m_eventId).value().first().count, 5);

        // 9 named participants (present or by proxy) + 5 = 14; the tally is the core's count. The
        // substitute who came for 大野 (a nurse) was created without a profession: 不明, not 看護師.
        const ParticipantCounts counts(db());
        QCOMPARE(counts.eventCount(m_eventId), std::optional<int>(14));
        const QString tally = attendance()->tallyLabel()->text();
        QCOMPARE(tally,
                 QStringLiteral("Participants: 14 (Doctor 2, Nurse 7, Physiotherapist 1, Care manager 1, "
                                "Certified care worker 1, Social worker 1, Unknown 1)"));
        Status st;
        const auto year = counts.compute(FiscalYear(2024), CountTable::Breakdown::Profession, &st);
        QVERIFY2(year, qPrintable(st.fullText()));
        QCOMPARE(year->total, 44 + 14); // the sample's two case-study meetings count 22 each
        for (const CountTable::Row& row : year->rows) {
            const int here = row.key == QStringLiteral("unknown") ? *row.count - 44 : *row.count;
            if (here > 0)
                QVERIFY2(tally.contains(QStringLiteral("%1 %2").arg(row.label).arg(here)),
                         qPrintable(row.label));
        }

        // Space toggles 出席 → 欠席; undo brings the tally back.
        roster->setFocus();
        roster->setCurrentIndex(
            model->index(model->rowOfPerson(personId(QStringLiteral("青木一郎"))), RosterModel::StatusColumn));
        QTest::keyClick(roster, Qt::Key_Space);
        QCOMPARE(statusCodeOf(QStringLiteral("青木一郎")), QStringLiteral("absent"));
        QCOMPARE(counts.eventCount(m_eventId), std::optional<int>(13));
        QVERIFY(attendance()->tallyLabel()->text().startsWith(QStringLiteral("Participants: 13 (Doctor 1,")));
        m_session.undoStack()->undo();
        QCOMPARE(statusCodeOf(QStringLiteral("青木一郎")), QStringLiteral("present"));
        QCOMPARE(attendance()->tallyLabel()->text(), tally);
        QCOMPARE(counts.eventCount(m_eventId), std::optional<int>(14));
    }

    void attendanceKeepsTheJobAsOfTheEvent()
    {
        // 青木 becomes a care manager next year; this event still counts a doctor.
        Person aoki = PersonStore(db()).get(personId(QStringLiteral("青木一郎")))->value();
        aoki.professionId = profession(QStringLiteral("care-manager"));
        QVERIFY(PersonStore(db()).update(aoki));
        m_session.notifyChanged();
        const RosterModel* model = attendance()->roster();
        QCOMPARE(model->index(model->rowOfPerson(aoki.id), RosterModel::ProfessionColumn).data().toString(),
                 QStringLiteral("Doctor"));
        QVERIFY(attendance()->tallyLabel()->text().contains(QStringLiteral("Doctor 2")));
    }

    void signInSheetInTheRostersOrder()
    {
        // The secretariat types attendance from the printed sheet: same people, same order.
        editor()->setCurrentIndex(2);
        const RosterModel* model = attendance()->roster();
        QStringList rosterNames;
        for (int row = 0; row < model->rowCount(); ++row)
            rosterNames << model->index(row, RosterModel::NameColumn).data().toString();
        QStringList sheetNames;
        const SignInSheet sheet(db(), m_eventId);
        for (const EventRoster::Entry& e : sheet.roster().entries())
            sheetNames << e.name;
        QCOMPARE(sheetNames, rosterNames);

        SignInSheetButton* button = attendance()->signInSheetButton();
        QVERIFY(button->isEnabled());
        QAction* save = nullptr;
        for (QAction* a : button->menu()->actions())
            if (a->text() == QStringLiteral("&Save as PDF…"))
                save = a;
        QVERIFY(save);
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("sheet"))); // ".pdf" is added
        save->trigger();
        QFile pdf(m_dir.filePath(QStringLiteral("sheet.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
        Dialogs::setNextFileName(unwritable);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!button->saveAsPdf());
        QVERIFY(Dialogs::lastMessage().contains(QDir::toNativeSeparators(unwritable)));
    }

    void duplicateCopiesDetailsAndProgrammeNotAttendance()
    {
        m_page->selectId(m_eventId);
        QPushButton* duplicate = nullptr;
        for (QPushButton* b : m_page->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("D&uplicate"))
                duplicate = b;
        QVERIFY(duplicate);
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const qint64 copy = m_page->currentId();
        QVERIFY(copy != m_eventId);
        QCOMPARE(EventStore(db()).get(copy).value()->date, QDate(2024, 11, 5));
        QCOMPARE(ProgrammeStore(db()).items(copy).value().size(), 2);
        QCOMPARE(ProgrammeStore(db()).items(copy).value().at(1).lecturerIds,
                 QList<qint64>{personId(QStringLiteral("山田花子"))});
        QVERIFY(AttendanceStore(db()).forEvent(copy).value().isEmpty());
        m_session.undoStack()->undo();
        QVERIFY(!EventStore(db()).get(copy).value());
    }

    void deleteSaysAttendanceGoesWithIt()
    {
        m_page->selectId(m_eventId);
        const int rows = AttendanceStore(db()).forEvent(m_eventId).value().size();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("attendance")));
        QVERIFY(!EventStore(db()).get(m_eventId).value());
        QVERIFY(AttendanceStore(db()).forEvent(m_eventId).value().isEmpty());
        m_session.undoStack()->undo();
        QVERIFY(EventStore(db()).get(m_eventId).value());
        QCOMPARE(AttendanceStore(db()).forEvent(m_eventId).value().size(), rows);
        QCOMPARE(ProgrammeStore(db()).items(m_eventId).value().size(), 2);
        QCOMPARE(ParticipantCounts(db()).eventCount(m_eventId), std::optional<int>(14));
    }

    void modelsPassTester()
    {
        RosterModel roster;
        QAbstractItemModelTester rosterTester(&roster,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        roster.load(&m_session.services(), m_eventId);
        QCOMPARE(roster.rowCount(), 12);
        QCOMPARE(roster.columnCount(), int(RosterModel::ColumnCount));
        QSignalSpy requests(&roster, &RosterModel::statusRequested);
        const qint64 absent = code(CodeListStore::AttendanceStatus, QStringLiteral("absent"));
        QVERIFY(roster.setData(roster.index(0, RosterModel::StatusColumn), absent));
        QCOMPARE(requests.size(), 1);
        QVERIFY(!roster.setData(roster.index(0, RosterModel::NameColumn), QStringLiteral("x")));
        roster.load(&m_session.services(), 0);
        QCOMPARE(roster.rowCount(), 0);
        roster.load(nullptr, m_eventId);
        QCOMPARE(roster.rowCount(), 0);

        HeadcountModel headcounts;
        QAbstractItemModelTester headcountTester(&headcounts,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        headcounts.load(&m_session.services(), m_eventId);
        QCOMPARE(headcounts.count(profession(QStringLiteral("nurse"))), 5);
        QSignalSpy counts(&headcounts, &HeadcountModel::countRequested);
        QVERIFY(headcounts.setData(headcounts.index(0, HeadcountModel::CountColumn), 3));
        QCOMPARE(counts.size(), 1);
        QVERIFY(!headcounts.setData(headcounts.index(0, HeadcountModel::CountColumn), QStringLiteral("x")));
        headcounts.load(nullptr, 0);
        QCOMPARE(headcounts.rowCount(), 0);

        EventListModel events;
        QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.load(&m_session.services(), QDate(2024, 4, 1), QDate(2025, 3, 31));
        QCOMPARE(events.rowCount(), 4);
        QVERIFY(events.event(m_eventId));
    }
};

RENKEI_GUI_TEST_MAIN(TestEventEditor)
#include "TestEventEditor.moc"
