#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "settings/CodeListEditor.h"
#include "settings/CodeListModel.h"
#include "settings/CouncilSettingsForm.h"
#include "settings/LanguageChooser.h"
#include "settings/LanguageSetting.h"
#include "settings/SettingsPage.h"
#include "store/CodeListStore.h"
#include "store/SettingsStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The settings page as a user drives it: the council's name, the code lists, the language.
class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<SettingsPage> m_page;

    CodeListEditor* lists() const { return m_page->codeLists(); }
    QString setting(const QString& key) { return SettingsStore(m_session.db()).value(key).value(); }
    QList<CodeItem> professions() { return CodeListStore(m_session.db()).list(CodeListStore::Profession).value(); }

    // Types into the cell being edited and presses Enter, as a user does.
    void editCell(int row, int column, const QString& text)
    {
        QTableView* view = lists()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_page = std::make_unique<SettingsPage>(m_session);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void modelPassesTester()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&m_session.services(), CodeListStore::Profession);
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.groups().size(), 10);
        model.load(&m_session.services(), CodeListStore::Profession); // same rows: updated in place
        model.load(&m_session.services(), CodeListStore::AttendanceStatus);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!(model.flags(model.index(0, CodeListModel::GroupColumn)) & Qt::ItemIsEditable));
        model.load(nullptr, QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void councilNameSavesOnLeavingAndUndoes()
    {
        QLineEdit* name = m_page->councilForm()->field(SettingsStore::CouncilName);
        QCOMPARE(name->text(), QStringLiteral("加賀市在宅医療連携推進協議会"));
        name->setFocus();
        name->selectAll();
        typeText(name, QStringLiteral("加賀市在宅医療・介護連携推進協議会"));
        QTest::keyClick(name, Qt::Key_Tab); // leaving the field saves it
        QCOMPARE(setting(SettingsStore::CouncilName), QStringLiteral("加賀市在宅医療・介護連携推進協議会"));
        m_session.undoStack()->undo();
        QCOMPARE(setting(SettingsStore::CouncilName), QStringLiteral("加賀市在宅医療連携推進協議会"));
        QCOMPARE(name->text(), QStringLiteral("加賀市在宅医療連携推進協議会"));
        m_session.undoStack()->redo();
        QCOMPARE(setting(SettingsStore::CouncilName), QStringLiteral("加賀市在宅医療・介護連携推進協議会"));
    }

    void addProfessionRenameAndUndo()
    {
        QCOMPARE(lists()->currentList(), CodeListStore::Profession);
        QVERIFY(!lists()->view()->isColumnHidden(CodeListModel::GroupColumn));
        const int before = professions().size();
        lists()->view()->setFocus();
        QTest::keyClick(lists()->view(), Qt::Key_Insert);
        QCOMPARE(professions().size(), before + 1);
        const CodeItem added = professions().last();
        QCOMPARE(lists()->currentId(), added.id);
        QVERIFY(added.code.startsWith(QStringLiteral("custom-")));

        // Insert opened the new entry's Japanese label for typing.
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("歯科技工士"));
        QTest::keyClick(editor, Qt::Key_Return); // the view commits on its next turn of the event loop
        QTRY_COMPARE(CodeListStore(m_session.db()).get(added.id).value()->labelJa, QStringLiteral("歯科技工士"));
        const int row = lists()->model()->rowOf(added.id);
        editCell(row, CodeListModel::LabelEnColumn, QStringLiteral("Dental technician"));
        QTRY_COMPARE(CodeListStore(m_session.db()).get(added.id).value()->labelEn,
                     QStringLiteral("Dental technician"));
        QCOMPARE(lists()->model()->index(row, CodeListModel::LabelEnColumn).data().toString(),
                 QStringLiteral("Dental technician"));

        m_session.undoStack()->undo(); // English label
        m_session.undoStack()->undo(); // Japanese label
        QCOMPARE(CodeListStore(m_session.db()).get(added.id).value()->labelJa, lists()->model()->item(row).labelJa);
        QVERIFY(CodeListStore(m_session.db()).get(added.id).value()->labelEn.isEmpty());
        m_session.undoStack()->undo(); // the addition
        QCOMPARE(professions().size(), before);
        m_session.undoStack()->redo(); // comes back with the same id, so the renames still apply
        m_session.undoStack()->redo();
        QCOMPARE(CodeListStore(m_session.db()).get(added.id).value()->labelJa, QStringLiteral("歯科技工士"));
        QCOMPARE(lists()->model()->item(lists()->model()->rowOf(added.id)).labelJa,
                 QStringLiteral("歯科技工士"));
    }

    void moveUpAndGroup()
    {
        QList<CodeItem> items = professions();
        const qint64 id = items.last().id;
        lists()->selectId(id);
        lists()->view()->setFocus();
        QTest::keyClick(lists()->view(), Qt::Key_Up, Qt::AltModifier);
        items = professions();
        QCOMPARE(items.at(items.size() - 2).id, id);
        QCOMPARE(items.last().code, QStringLiteral("unknown"));
        QCOMPARE(lists()->currentId(), id);
        m_session.undoStack()->undo();
        QCOMPARE(professions().last().id, id);

        // The group is picked from the profession groups.
        const qint64 other =
            CodeListStore(m_session.db()).idOf(CodeListStore::ProfessionGroup, QStringLiteral("other")).value();
        const QModelIndex group =
            lists()->model()->index(lists()->model()->rowOf(id), CodeListModel::GroupColumn);
        QVERIFY(lists()->model()->setData(group, other));
        QCOMPARE(CodeListStore(m_session.db()).get(id).value()->groupId, other);
    }

    void deleteRules()
    {
        // An entry the program relies on cannot be deleted.
        const qint64 unknown =
            CodeListStore(m_session.db()).idOf(CodeListStore::Profession, QStringLiteral("unknown")).value();
        lists()->selectId(unknown);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        lists()->view()->setFocus();
        QTest::keyClick(lists()->view(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("cannot be deleted")));
        QVERIFY(CodeListStore(m_session.db()).get(unknown).value());

        // One in use offers deactivation.
        const qint64 doctor =
            CodeListStore(m_session.db()).idOf(CodeListStore::Profession, QStringLiteral("doctor")).value();
        lists()->selectId(doctor);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(lists()->view(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Deactivate")));
        QVERIFY(!CodeListStore(m_session.db()).get(doctor).value()->active);
        m_session.undoStack()->undo();
        QVERIFY(CodeListStore(m_session.db()).get(doctor).value()->active);

        // An unused one is deleted after asking, and undo brings it back.
        const qint64 added = professions().last().id;
        QCOMPARE(CodeListStore(m_session.db()).get(added).value()->labelJa, QStringLiteral("歯科技工士"));
        lists()->selectId(added);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(lists()->view(), Qt::Key_Delete);
        QVERIFY(!CodeListStore(m_session.db()).get(added).value());
        m_session.undoStack()->undo();
        QCOMPARE(CodeListStore(m_session.db()).get(added).value()->labelJa, QStringLiteral("歯科技工士"));
    }

    void otherListsHideTheGroup()
    {
        QComboBox* combo = lists()->listCombo();
        combo->setCurrentIndex(combo->findData(CodeListStore::AttendanceStatus));
        QCOMPARE(lists()->model()->rowCount(), 4);
        QVERIFY(lists()->view()->isColumnHidden(CodeListModel::GroupColumn));
        // 出席 is relied on: it stays active.
        QVERIFY(!(lists()->model()->flags(lists()->model()->index(0, CodeListModel::ActiveColumn)) &
                  Qt::ItemIsEnabled));
    }

    void languageIsStoredForNextStart()
    {
        QComboBox* combo = m_page->language()->combo();
        QCOMPARE(LanguageSetting::read(), LanguageSetting::Choice::System);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // 日本語
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        QCOMPARE(LanguageSetting::locale(LanguageSetting::read()).language(), QLocale::Japanese);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(LanguageSetting::read(), LanguageSetting::Choice::System);
    }
};

RENKEI_GUI_TEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
