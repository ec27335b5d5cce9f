#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "people/OrganisationCombo.h"
#include "people/PeoplePage.h"
#include "people/PersonAttendanceModel.h"
#include "people/PersonEditor.h"
#include "people/PersonHistoryTabs.h"
#include "people/PersonLectureModel.h"
#include "people/PersonListModel.h"
#include "people/PersonMembershipModel.h"
#include "sample/SampleLoader.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The people page as a user drives it: folded search, New with profession and organisation,
// the duplicate warning, undo, history tabs, and deletion that turns into deactivation.
class TestPeoplePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<PeoplePage> m_page;
    qint64 m_kmc = 0;       // 加賀市医療センター
    qint64 m_shirasaki = 0; // 白﨑直樹, lecturer in the sample

    QStringList visibleNames() const
    {
        QStringList names;
        const QAbstractItemModel* model = m_page->listView()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, PersonListModel::NameColumn).data().toString();
        return names;
    }

    QPushButton* button(const QString& text) const
    {
        for (QPushButton* b : m_page->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    void search(const QString& text)
    {
        m_page->searchEdit()->clear();
        typeText(m_page->searchEdit(), text);
    }

    // Types into the organisation field and confirms with Return.
    void typeOrganisation(const QString& text)
    {
        QLineEdit* edit = m_page->editor()->organisationCombo()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        typeText(edit, text);
        pressKey(edit, Qt::Key_Return);
    }

    Person stored(qint64 id) { return PersonStore(m_session.db()).get(id).valueOr(std::nullopt).value_or(Person()); }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_kmc =
            OrganisationStore(m_session.db()).findByName(QStringLiteral("加賀市医療センター"))->value(0).id;
        m_shirasaki = PersonStore(m_session.db()).findByName(QStringLiteral("白﨑直樹"))->value(0).id;
        QVERIFY(m_kmc && m_shirasaki);
        m_page = std::make_unique<PeoplePage>(m_session);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void modelsPassTester()
    {
        PersonListModel people;
        QAbstractItemModelTester peopleTester(&people,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(people.load(&m_session.services()));
        QCOMPARE(people.rowCount(), 2);
        QVERIFY(people.load(nullptr));
        QCOMPARE(people.rowCount(), 0);

        PersonAttendanceModel attendance;
        QAbstractItemModelTester attendanceTester(&attendance,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attendance.load(&m_session.services(), m_shirasaki));
        QVERIFY(attendance.load(nullptr, 0));
        QCOMPARE(attendance.rowCount(), 0);

        PersonLectureModel lectures;
        QAbstractItemModelTester lectureTester(&lectures, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(lectures.load(&m_session.services(), m_shirasaki));
        QCOMPARE(lectures.rowCount(), 1);
        QVERIFY(lectures.load(nullptr, 0));
        QCOMPARE(lectures.rowCount(), 0);

        PersonMembershipModel memberships;
        QAbstractItemModelTester membershipTester(&memberships,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(memberships.load(&m_session.services(), m_shirasaki));
        QVERIFY(memberships.load(nullptr, 0));
        QCOMPARE(memberships.rowCount(), 0);
    }

    void listSortsByReadingAndSearchFolds()
    {
        // しらさき before はせがわ: 五十音順 by reading, not by code point of the kanji.
        QCOMPARE(visibleNames(), (QStringList{QStringLiteral("白﨑直樹"), QStringLiteral("長谷川英裕")}));
        const QStringList shirasaki{QStringLiteral("白﨑直樹")};
        for (const QString& typed :
             {QStringLiteral("白崎"), QStringLiteral("しらさき"), QStringLiteral("ｼﾗｻｷ"),
              QStringLiteral("シラサキ　ナオキ"), QStringLiteral("医療センター")}) {
            search(typed);
            QVERIFY2(visibleNames() == shirasaki, qPrintable(typed));
        }
        search(QStringLiteral("はせがわ"));
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("長谷川英裕")});
        search(QStringLiteral("田中"));
        QVERIFY(visibleNames().isEmpty());
        m_page->searchEdit()->clear();
        QCOMPARE(visibleNames().size(), 2);
    }

    void newPersonWithProfessionAndOrganisation()
    {
        const int before = PersonStore(m_session.db()).all()->size();
        QPushButton* newButton = button(PeoplePage::tr("&New"));
        QVERIFY(newButton);
        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(PersonStore(m_session.db()).all()->size(), before + 1);
        const qint64 id = m_page->currentId();
        PersonEditor* editor = m_page->editor();
        QVERIFY(editor->nameEdit()->hasFocus());
        typeText(editor->nameEdit(), QStringLiteral("山田花子"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Tab);
        QVERIFY(editor->readingEdit()->hasFocus());
        typeText(editor->readingEdit(), QStringLiteral("やまだ はなこ"));
        QTest::keyClick(editor->readingEdit(), Qt::Key_Tab);
        QVERIFY(editor->professionCombo()->hasFocus());

        // Typing a label picks the profession, as in any combo box.
        const CodeListStore codes(m_session.db());
        const qint64 nurse = codes.idOf(CodeListStore::Profession, QStringLiteral("nurse")).value();
        typeText(editor->professionCombo(), codes.get(nurse).value()->label());
        QCOMPARE(stored(id).professionId, nurse);

        QTest::keyClick(editor->professionCombo(), Qt::Key_Tab);
        QVERIFY(editor->organisationCombo()->hasFocus());
        // Half-width kana of the reading find the organisation.
        typeText(editor->organisationCombo()->lineEdit(), QStringLiteral("ｶｶﾞｼｲﾘｮｳ"));
        QAbstractItemView* popup = editor->organisationCombo()->completer()->popup();
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1); // only 加賀市医療センター folds to that
        pressKey(editor->organisationCombo()->lineEdit(), Qt::Key_Return);

        const Person p = stored(id);
        QCOMPARE(p.name, QStringLiteral("山田花子"));
        QCOMPARE(p.reading, QStringLiteral("やまだ はなこ"));
        QCOMPARE(p.professionId, nurse);
        QCOMPARE(p.organisationId, m_kmc);
        QCOMPARE(editor->organisationCombo()->currentText(), QStringLiteral("加賀市医療センター"));
        // The list shows the new person in 五十音順 (やまだ after はせがわ).
        QCOMPARE(visibleNames().last(), QStringLiteral("山田花子"));
    }

    void duplicateInSameOrganisationCanBeDiscarded()
    {
        const int before = PersonStore(m_session.db()).all()->size();
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        const qint64 id = m_page->currentId();
        PersonEditor* editor = m_page->editor();
        typeText(editor->nameEdit(), QStringLiteral("白崎直樹"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Tab); // no organisation yet: no warning
        QCOMPARE(stored(id).name, QStringLiteral("白崎直樹"));

        Dialogs::setNextAnswer(QMessageBox::No);
        typeOrganisation(QStringLiteral("かがしいりょう"));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("already registered")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("加賀市医療センター")));
        // No discards the new entry and shows the registered person.
        QVERIFY(!PersonStore(m_session.db()).get(id)->has_value());
        QCOMPARE(PersonStore(m_session.db()).all()->size(), before);
        QCOMPARE(m_page->currentId(), m_shirasaki);
        m_session.undoStack()->undo(); // the discard is a step of its own
        QCOMPARE(stored(id).name, QStringLiteral("白崎直樹"));
        m_session.undoStack()->redo();
        QVERIFY(!PersonStore(m_session.db()).get(id)->has_value());
    }

    void duplicateInSameOrganisationCanBeKept()
    {
        const int before = PersonStore(m_session.db()).all()->size();
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        const qint64 id = m_page->currentId();
        typeOrganisation(QStringLiteral("加賀市医療"));
        QCOMPARE(stored(id).organisationId, m_kmc);
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->selectAll();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        typeText(name, QStringLiteral("白崎 直樹"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("already registered")));
        QCOMPARE(stored(id).name, QStringLiteral("白崎 直樹"));
        QCOMPARE(PersonStore(m_session.db()).findByName(QStringLiteral("白﨑直樹"), m_kmc)->size(), 2);
        QCOMPARE(PersonStore(m_session.db()).all()->size(), before + 1);
    }

    void renamingIntoDuplicateCanBeReverted()
    {
        const qint64 yamada = PersonStore(m_session.db()).findByName(QStringLiteral("山田花子"))->value(0).id;
        m_page->selectId(yamada);
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->selectAll();
        Dialogs::setNextAnswer(QMessageBox::No);
        typeText(name, QStringLiteral("白﨑直樹"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("change is undone")));
        QCOMPARE(stored(yamada).name, QStringLiteral("山田花子"));
        QCOMPARE(name->text(), QStringLiteral("山田花子"));
        QVERIFY(PersonStore(m_session.db()).get(yamada)->has_value()); // an existing person is never discarded
    }

    void editSavesAndUndoes()
    {
        const qint64 id = PersonStore(m_session.db()).findByName(QStringLiteral("長谷川英裕"))->value(0).id;
        m_page->selectId(id);
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->selectAll();
        typeText(name, QStringLiteral("長谷川英博"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(stored(id).name, QStringLiteral("長谷川英博"));
        QVERIFY(visibleNames().contains(QStringLiteral("長谷川英博")));
        m_session.undoStack()->undo();
        QCOMPARE(stored(id).name, QStringLiteral("長谷川英裕"));
        QCOMPARE(name->text(), QStringLiteral("長谷川英裕"));
        m_session.undoStack()->redo();
        QCOMPARE(stored(id).name, QStringLiteral("長谷川英博"));
        QVERIFY(visibleNames().contains(QStringLiteral("長谷川英博")));
        m_session.undoStack()->undo();
    }

    void historyAndMembershipsAreShown()
    {
        Database& db = m_session.db();
        const CodeListStore codes(db);
        const Event event = EventStore(db).between(QDate(2024, 12, 12), QDate(2024, 12, 12)).value().value(0);
        QVERIFY(event.id);
        Attendance a;
        a.eventId = event.id;
        a.personId = m_shirasaki;
        a.statusId = codes.idOf(CodeListStore::AttendanceStatus, QStringLiteral("present")).value();
        a.roleId = codes.idOf(CodeListStore::AttendanceRole, QStringLiteral("lecturer")).value();
        a.professionId = codes.idOf(CodeListStore::Profession, QStringLiteral("doctor")).value();
        a.organisationId = m_kmc;
        QVERIFY(AttendanceStore(db).save(a));
        const qint64 council = BodyStore(db).find(QStringLiteral("協議会")).value();
        QVERIFY(council);
        Membership m;
        m.bodyId = council;
        m.personId = m_shirasaki;
        m.roleId = codes.idOf(CodeListStore::MembershipRole, QStringLiteral("chair")).value();
        m.representsId = m_kmc;
        m.termFrom = QDate(2024, 4, 1);
        QVERIFY(BodyStore(db).insert(m));
        m_session.notifyChanged();

        m_page->selectId(m_shirasaki);
        const QAbstractItemModel* history = m_page->historyTabs()->attendanceView()->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, PersonAttendanceModel::DateColumn).data().toString(),
                 QStringLiteral("令和6年12月12日"));
        QCOMPARE(history->index(0, PersonAttendanceModel::TitleColumn).data().toString(), event.title);
        QCOMPARE(history->index(0, PersonAttendanceModel::StatusColumn).data().toString(),
                 codes.get(a.statusId).value()->label());
        QCOMPARE(history->index(0, PersonAttendanceModel::RoleColumn).data().toString(),
                 codes.get(a.roleId).value()->label());
        QCOMPARE(history->index(0, PersonAttendanceModel::OrganisationColumn).data().toString(),
                 QStringLiteral("加賀市医療センター"));
        QVERIFY(m_page->historyTabs()->tabText(0).contains(QStringLiteral("(1)")));

        const QAbstractItemModel* memberships = m_page->historyTabs()->membershipView()->model();
        QCOMPARE(memberships->rowCount(), 1);
        QCOMPARE(memberships->index(0, PersonMembershipModel::BodyColumn).data().toString(),
                 QStringLiteral("加賀市在宅医療連携推進協議会"));
        QCOMPARE(memberships->index(0, PersonMembershipModel::RoleColumn).data().toString(),
                 codes.get(m.roleId).value()->label());
        QCOMPARE(memberships->index(0, PersonMembershipModel::TermColumn).data().toString(),
                 QStringLiteral("令和6年4月1日〜"));

        // Another person's page shows their own (empty) history.
        m_page->selectId(PersonStore(db).findByName(QStringLiteral("山田花子"))->value(0).id);
        QCOMPARE(history->rowCount(), 0);
        QCOMPARE(memberships->rowCount(), 0);
    }

    void substituteShowsForWhom()
    {
        // 長谷川 came in 白﨑's place: his own row is 代理出席 for 白﨑.
        Database& db = m_session.db();
        const CodeListStore codes(db);
        const qint64 hasegawa = PersonStore(db).findByName(QStringLiteral("長谷川英裕"))->value(0).id;
        Attendance a;
        a.eventId = EventStore(db).between(QDate(2025, 1, 22), QDate(2025, 1, 22)).value().value(0).id;
        a.personId = hasegawa;
        a.statusId = codes.idOf(CodeListStore::AttendanceStatus, QStringLiteral("proxy")).value();
        a.roleId = codes.idOf(CodeListStore::AttendanceRole, QStringLiteral("participant")).value();
        a.substituteForId = m_shirasaki;
        QVERIFY(a.eventId);
        const Status st = AttendanceStore(db).save(a);
        QVERIFY2(st, qPrintable(st.fullText()));
        m_session.notifyChanged();

        m_page->selectId(hasegawa);
        const QAbstractItemModel* history = m_page->historyTabs()->attendanceView()->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, PersonAttendanceModel::StatusColumn).data().toString(),
                 PersonAttendanceModel::tr("%1 (for %2)").arg(codes.get(a.statusId).value()->label(), QStringLiteral("白﨑直樹")));
    }

    void lecturesAreShown()
    {
        Database& db = m_session.db();
        const CodeListStore codes(db);
        m_page->selectId(m_shirasaki);
        PersonHistoryTabs* tabs = m_page->historyTabs();
        const QAbstractItemModel* lectures = tabs->lectureView()->model();
        QCOMPARE(lectures->rowCount(), 1);
        const Event december = EventStore(db).between(QDate(2024, 12, 12), QDate(2024, 12, 12)).value().value(0);
        QCOMPARE(lectures->index(0, PersonLectureModel::DateColumn).data().toString(),
                 QStringLiteral("令和6年12月12日"));
        QCOMPARE(lectures->index(0, PersonLectureModel::EventColumn).data().toString(), december.title);
        QCOMPARE(lectures->index(0, PersonLectureModel::ItemColumn).data().toString(),
                 QStringLiteral("アルツハイマー病治療薬レカネマブについて"));
        QCOMPARE(lectures->index(0, PersonLectureModel::KindColumn).data().toString(),
                 codes.get(codes.idOf(CodeListStore::ProgrammeItemKind, QStringLiteral("mini-lecture")).value()).value()->label());
        QCOMPARE(lectures->index(0, 0).data(PersonLectureModel::EventIdRole).toLongLong(), december.id);
        QVERIFY(tabs->tabText(tabs->indexOf(tabs->lectureView())).contains(QStringLiteral("(1)")));

        // A lecture added to a later programme comes first once the data changed.
        ProgrammeItem item;
        item.eventId = EventStore(db).between(QDate(2025, 1, 22), QDate(2025, 1, 22)).value().value(0).id;
        item.kindId = codes.idOf(CodeListStore::ProgrammeItemKind, QStringLiteral("lecture")).value();
        item.title = QStringLiteral("在宅での看取り");
        item.position = 5;
        item.lecturerIds = {m_shirasaki};
        QVERIFY(ProgrammeStore(db).insert(item));
        m_session.notifyChanged();
        QCOMPARE(lectures->rowCount(), 2);
        QCOMPARE(lectures->index(0, PersonLectureModel::DateColumn).data().toString(),
                 QStringLiteral("令和7年1月22日"));
        QCOMPARE(lectures->index(0, PersonLectureModel::ItemColumn).data().toString(), item.title);
        QVERIFY(tabs->tabText(tabs->indexOf(tabs->lectureView())).contains(QStringLiteral("(2)")));
    }

    void deletingUnreferencedRemovesAndUndoes()
    {
        const qint64 id = PersonStore(m_session.db()).findByName(QStringLiteral("山田花子"))->value(0).id;
        m_page->selectId(id);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(!PersonStore(m_session.db()).get(id)->has_value());
        QVERIFY(!visibleNames().contains(QStringLiteral("山田花子")));
        m_session.undoStack()->undo();
        QCOMPARE(stored(id).name, QStringLiteral("山田花子"));
        QCOMPARE(stored(id).organisationId, m_kmc);
    }

    void deletingReferencedOffersDeactivation()
    {
        m_page->selectId(m_shirasaki);
        Dialogs::setNextAnswer(QMessageBox::Yes); // delete?
        Dialogs::setNextAnswer(QMessageBox::Yes); // deactivate instead?
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Deactivate")));
        QVERIFY(PersonStore(m_session.db()).get(m_shirasaki)->has_value());
        QVERIFY(!stored(m_shirasaki).active);
        QVERIFY(!m_page->editor()->activeCheck()->isChecked());
        m_session.undoStack()->undo();
        QVERIFY(stored(m_shirasaki).active);
    }
};

RENKEI_GUI_TEST_MAIN(TestPeoplePage)
#include "TestPeoplePage.moc"
