#include "bodies/BodiesPage.h"
#include "bodies/BodyEditor.h"
#include "bodies/BodyListModel.h"
#include "bodies/EndTermDialog.h"
#include "bodies/MembershipDialog.h"
#include "bodies/MembershipModel.h"
#include "bodies/MembershipPanel.h"
#include "bodies/PersonMatchModel.h"
#include "bodies/PersonPicker.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The bodies page as a user drives it: members of the regional medical council, a person added
// with a role and a term, the term ended (the row stays as past), undo, safe delete.
class TestBodiesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<BodiesPage> m_page;
    qint64 m_shingikai = 0;
    const QDate m_today{2025, 6, 1};

    MembershipPanel* members() const { return m_page->members(); }

    QStringList memberColumn() const
    {
        QStringList names;
        const MembershipModel* model = members()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, MembershipModel::MemberColumn).data().toString();
        return names;
    }

    // A closed dialog leaves no active window offscreen; shortcuts need one.
    void activatePage()
    {
        m_page->activateWindow();
        QTRY_VERIFY(m_page->isActiveWindow());
    }

    int rowOfMember(const QString& name) const { return int(memberColumn().indexOf(name)); }

    template <typename T> T* openDialog()
    {
        T* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = members()->findChild<T*>()) != nullptr);
            dialog->activateWindow();
            QTRY_VERIFY(dialog->isActiveWindow());
        }();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        m_shingikai = BodyStore(m_session.db()).find(QStringLiteral("加賀市地域医療審議会")).value();
        QVERIFY(m_shingikai);
        m_page = std::make_unique<BodiesPage>(m_session);
        m_page->members()->setToday(m_today); // who is a past member must not depend on the clock
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void modelsPassTester()
    {
        BodyListModel bodies;
        QAbstractItemModelTester bodiesTester(&bodies,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        bodies.load(&m_session.services());
        QCOMPARE(bodies.rowCount(), 5);
        bodies.load(nullptr);
        QCOMPARE(bodies.rowCount(), 0);

        MembershipModel memberships;
        QAbstractItemModelTester membershipTester(&memberships,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        memberships.load(&m_session.services(), m_shingikai, true);
        QCOMPARE(memberships.rowCount(), 9);
        memberships.load(nullptr, 0, true);
        QCOMPARE(memberships.rowCount(), 0);

        PersonMatchModel people;
        QAbstractItemModelTester peopleTester(&people,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(people.setServices(&m_session.services()));
        people.search(QStringLiteral("ｼﾗｻｷ"));
        QCOMPARE(people.rowCount(), 1);
        QCOMPARE(people.index(0).data(Qt::EditRole).toString(), QStringLiteral("白﨑直樹"));
        QVERIFY(people.index(0).data().toString().contains(QStringLiteral("加賀市医療センター")));
        people.search(QString());
        QCOMPARE(people.rowCount(), 0);
    }

    void councilListsItsNineOrganisations()
    {
        typeText(m_page->searchEdit(), QStringLiteral("審議会"));
        QCOMPARE(m_page->listView()->model()->rowCount(), 1);
        QCOMPARE(m_page->currentId(), m_shingikai);
        QCOMPARE(m_page->editor()->nameEdit()->text(), QStringLiteral("加賀市地域医療審議会"));
        const QStringList expected{QStringLiteral("加賀市医師会"),
                                   QStringLiteral("加賀市介護サービス事業者協議会"),
                                   QStringLiteral("加賀歯科医師会"),
                                   QStringLiteral("病院"),
                                   QStringLiteral("石川県薬剤師会加賀支部"),
                                   QStringLiteral("加賀市社会福祉協議会"),
                                   QStringLiteral("石川県南加賀保健福祉センター"),
                                   QStringLiteral("加賀市各種団体女性連絡協議会"),
                                   QStringLiteral("加賀市")};
        QStringList shown = memberColumn();
        QCOMPARE(shown.size(), 9);
        for (const QString& name : expected)
            QVERIFY2(shown.contains(name), qPrintable(name));
        m_page->searchEdit()->clear();
        QCOMPARE(m_page->currentId(), m_shingikai);
    }

    void addPersonWithRoleAndTerm()
    {
        QVERIFY(members()->addButton()->isEnabled());
        QTest::mouseClick(members()->addButton(), Qt::LeftButton);
        auto* dialog = openDialog<MembershipDialog>();
        QVERIFY(dialog);
        PersonPicker* picker = dialog->personPicker();
        QVERIFY(picker->isVisible());
        picker->setFocus();
        typeText(picker, QStringLiteral("白崎")); // the keyboard's 崎 finds the seed's 白﨑
        QCompleter* completer = picker->personCompleter();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(picker->text(), QStringLiteral("白﨑直樹"));
        const qint64 shirasaki =
            PersonStore(m_session.db()).findByName(QStringLiteral("白﨑直樹"))->first().id;
        QCOMPARE(picker->personId(), shirasaki);
        // The person's own organisation is offered as the one they represent.
        QCOMPARE(dialog->representsCombo()->currentText(), QStringLiteral("加賀市医療センター"));

        const qint64 member =
            CodeListStore(m_session.db()).idOf(CodeListStore::MembershipRole, QStringLiteral("member")).value();
        QComboBox* role = dialog->roleCombo();
        role->setCurrentIndex(role->findData(member));
        dialog->activateWindow(); // the closed popup handed activation back to the page
        QTRY_VERIFY(dialog->isActiveWindow());
        dialog->fromEdit()->setFocus();
        QTest::keyClicks(dialog->fromEdit(), QStringLiteral("R6.4.1"));
        QTest::keyClick(dialog->fromEdit(), Qt::Key_Tab);
        QCOMPARE(dialog->fromEdit()->text(), QStringLiteral("令和6年4月1日"));
        QTest::keyClick(dialog->toEdit(), Qt::Key_Return); // OK
        QTRY_VERIFY(!members()->findChild<MembershipDialog*>());

        const QList<Membership> stored = BodyStore(m_session.db()).memberships(m_shingikai).value();
        QCOMPARE(stored.size(), 10);
        const Membership& added = stored.last();
        QCOMPARE(added.personId, shirasaki);
        QCOMPARE(added.roleId, member);
        QCOMPARE(added.termFrom, QDate(2024, 4, 1));
        QVERIFY(!added.termTo.isValid());
        QCOMPARE(members()->currentId(), added.id);
        const int row = rowOfMember(QStringLiteral("白﨑直樹"));
        QVERIFY(row >= 0);
        QCOMPARE(members()->model()->index(row, MembershipModel::FromColumn).data().toString(),
                 QStringLiteral("令和6年4月1日"));
        QVERIFY(!members()->model()->index(row, 0).data(MembershipModel::PastRole).toBool());
    }

    void badDateIsRefusedInTheDialog()
    {
        QTest::mouseClick(members()->editButton(), Qt::LeftButton);
        auto* dialog = openDialog<MembershipDialog>();
        QVERIFY(dialog);
        dialog->toEdit()->setFocus();
        QTest::keyClicks(dialog->toEdit(), QStringLiteral("R6.2.30"));
        QTest::keyClick(dialog->toEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QTest::keyClick(dialog->toEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!members()->findChild<MembershipDialog*>());
        QVERIFY(!BodyStore(m_session.db()).memberships(m_shingikai).value().last().termTo.isValid());
    }

    void endTermKeepsTheRowAsPast()
    {
        const qint64 id = members()->currentId();
        QVERIFY(members()->endTermButton()->isEnabled());
        QTest::mouseClick(members()->endTermButton(), Qt::LeftButton);
        auto* dialog = openDialog<EndTermDialog>();
        QVERIFY(dialog);
        // Today is offered; the user types the last day instead.
        QCOMPARE(dialog->dateEdit()->text(), QStringLiteral("令和7年6月1日"));
        dialog->dateEdit()->selectAll();
        QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2025/3/31"));
        QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
        QTRY_VERIFY(!members()->findChild<EndTermDialog*>());

        const auto stored = BodyStore(m_session.db()).memberships(m_shingikai).value();
        QCOMPARE(stored.size(), 10); // history kept
        QCOMPARE(stored.last().termTo, QDate(2025, 3, 31));
        const int row = rowOfMember(QStringLiteral("白﨑直樹"));
        QVERIFY(row >= 0);
        QVERIFY(members()->model()->index(row, 0).data(MembershipModel::PastRole).toBool());
        QCOMPARE(members()->model()->index(row, 0).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::gray));
        QCOMPARE(row, members()->model()->rowCount() - 1); // past members come last
        QCOMPARE(members()->model()->index(row, MembershipModel::ToColumn).data().toString(),
                 QStringLiteral("令和7年3月31日"));
        QCOMPARE(members()->currentId(), id);
        QVERIFY(!members()->endTermButton()->isEnabled());

        // Past members can be hidden and shown again.
        members()->showPastCheck()->click();
        QCOMPARE(rowOfMember(QStringLiteral("白﨑直樹")), -1);
        QCOMPARE(members()->model()->rowCount(), 9);
        members()->showPastCheck()->click();
        QVERIFY(rowOfMember(QStringLiteral("白﨑直樹")) >= 0);
    }

    void undoRestoresTermThenRemovesMember()
    {
        m_session.undoStack()->undo(); // the end of term
        QVERIFY(!BodyStore(m_session.db()).memberships(m_shingikai).value().last().termTo.isValid());
        int row = rowOfMember(QStringLiteral("白﨑直樹"));
        QVERIFY(row >= 0);
        QVERIFY(!members()->model()->index(row, 0).data(MembershipModel::PastRole).toBool());
        m_session.undoStack()->undo(); // the addition
        QCOMPARE(BodyStore(m_session.db()).memberships(m_shingikai).value().size(), 9);
        QCOMPARE(rowOfMember(QStringLiteral("白﨑直樹")), -1);
        m_session.undoStack()->redo();
        m_session.undoStack()->redo();
        const auto stored = BodyStore(m_session.db()).memberships(m_shingikai).value();
        QCOMPARE(stored.size(), 10);
        QCOMPARE(stored.last().termTo, QDate(2025, 3, 31));
    }

    void removeAsksAndUndoes()
    {
        activatePage();
        members()->selectId(BodyStore(m_session.db()).memberships(m_shingikai).value().last().id);
        const qint64 id = members()->currentId();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        members()->view()->setFocus();
        QTest::keyClick(members()->view(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("end the term")));
        QCOMPARE(BodyStore(m_session.db()).memberships(m_shingikai).value().size(), 9);
        m_session.undoStack()->undo();
        QCOMPARE(BodyStore(m_session.db()).memberships(m_shingikai).value().last().id, id);
    }

    void editBodySavesAndUndoes()
    {
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->selectAll();
        typeText(name, QStringLiteral("地域医療審議会（加賀市）"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(BodyStore(m_session.db()).get(m_shingikai).value()->name,
                 QStringLiteral("地域医療審議会（加賀市）"));
        m_session.undoStack()->undo();
        QCOMPARE(BodyStore(m_session.db()).get(m_shingikai).value()->name,
                 QStringLiteral("加賀市地域医療審議会"));
        QCOMPARE(name->text(), QStringLiteral("加賀市地域医療審議会"));
    }

    void deletingBodyWithMembersOffersDeactivation()
    {
        activatePage();
        m_page->selectId(m_shingikai);
        Dialogs::setNextAnswer(QMessageBox::Yes); // one question: deactivate instead?
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Deactivate")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("member")));
        const auto stored = BodyStore(m_session.db()).get(m_shingikai).value();
        QVERIFY(stored);
        QVERIFY(!stored->active);
        QCOMPARE(BodyStore(m_session.db()).memberships(m_shingikai).value().size(), 10);
        m_session.undoStack()->undo();
        QVERIFY(BodyStore(m_session.db()).get(m_shingikai).value()->active);
    }

    void newBodyThenDeleteAndUndo()
    {
        activatePage();
        const int before = BodyStore(m_session.db()).all().value().size();
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(BodyStore(m_session.db()).all().value().size(), before + 1);
        QLineEdit* name = m_page->editor()->nameEdit();
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("認知症ワーキング"));
        QTest::keyClick(name, Qt::Key_Tab);
        const qint64 id = m_page->currentId();
        QCOMPARE(BodyStore(m_session.db()).get(id).value()->name, QStringLiteral("認知症ワーキング"));
        // Belongs to the council.
        const qint64 council = BodyStore(m_session.db()).find(QStringLiteral("協議会")).value();
        QComboBox* parent = m_page->editor()->parentCombo();
        parent->setCurrentIndex(parent->findData(council));
        emit parent->activated(parent->currentIndex());
        QCOMPARE(BodyStore(m_session.db()).get(id).value()->parentId, council);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(!BodyStore(m_session.db()).get(id).value());
        m_session.undoStack()->undo();
        QCOMPARE(BodyStore(m_session.db()).get(id).value()->name, QStringLiteral("認知症ワーキング"));
    }

    // The last day belongs to the term (MembershipTerms): a term ended today — the day the
    // dialog offers — keeps the member current today and makes them past tomorrow.
    void aTermEndingTodayIsCurrentToday()
    {
        activatePage();
        m_page->selectId(m_shingikai);
        const int row = 0; // current members come first
        QVERIFY(!members()->model()->index(row, 0).data(MembershipModel::PastRole).toBool());
        const qint64 id = members()->model()->index(row, 0).data(MembershipModel::IdRole).toLongLong();
        members()->selectId(id);
        QTest::mouseClick(members()->endTermButton(), Qt::LeftButton);
        auto* dialog = openDialog<EndTermDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->dateEdit()->text(), QStringLiteral("令和7年6月1日"));
        QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
        QTRY_VERIFY(!members()->findChild<EndTermDialog*>());

        const int now = members()->model()->rowOf(id);
        QVERIFY(now >= 0);
        QCOMPARE(members()->model()->index(now, MembershipModel::ToColumn).data().toString(),
                 QStringLiteral("令和7年6月1日"));
        QVERIFY(!members()->model()->index(now, 0).data(MembershipModel::PastRole).toBool());
        QVERIFY(!members()->model()->index(now, 0).data(Qt::ForegroundRole).isValid());

        members()->setToday(m_today.addDays(1));
        members()->showBody(m_shingikai, QStringLiteral("加賀市地域医療審議会"));
        const int tomorrow = members()->model()->rowOf(id);
        QVERIFY(tomorrow >= 0);
        QVERIFY(members()->model()->index(tomorrow, 0).data(MembershipModel::PastRole).toBool());
        members()->setToday(m_today);
        m_session.undoStack()->undo();
    }
};

RENKEI_GUI_TEST_MAIN(TestBodiesPage)
#include "TestBodiesPage.moc"
