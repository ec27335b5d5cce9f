#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/OrganisationsPage.h"
#include "sample/SampleLoader.h"
#include "store/OrganisationStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The organisations page as a user drives it: search, edit, undo, new, delete safely.
class TestOrganisationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<OrganisationsPage> m_page;

    QStringList visibleNames() const
    {
        QStringList names;
        const QAbstractItemModel* model = m_page->listView()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, OrganisationListModel::NameColumn).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_page = std::make_unique<OrganisationsPage>(m_session);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void modelPassesTester()
    {
        OrganisationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&m_session.db());
        QCOMPARE(model.rowCount(), 11);
        model.load(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void listSortsByReadingAndSearchFolds()
    {
        QStringList names = visibleNames();
        QCOMPARE(names.size(), 11);
        QCOMPARE(names.first(), QStringLiteral("石川県南加賀保健福祉センター")); // いしかわ… comes first
        QCOMPARE(names.last(), QStringLiteral("病院"));
        typeText(m_page->searchEdit(), QStringLiteral("ｲﾘｮｳｾﾝﾀｰ")); // half-width kana of the reading
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("加賀市医療センター")});
        m_page->searchEdit()->clear();
        QCOMPARE(visibleNames().size(), 11);
    }

    void searchKeepsOrMovesTheCurrentRecord()
    {
        // The current record stays current while it matches; when it no longer does, the first
        // match becomes current (and the editor shows it).
        const qint64 centre = OrganisationStore(m_session.db()).findByName(QStringLiteral("加賀市医療センター")).first().id;
        m_page->selectId(centre);
        typeText(m_page->searchEdit(), QStringLiteral("加賀"));
        QCOMPARE(m_page->currentId(), centre);
        m_page->searchEdit()->clear();
        QCOMPARE(m_page->currentId(), centre);
        typeText(m_page->searchEdit(), QStringLiteral("ｲｼｶﾜ"));
        QVERIFY(m_page->currentId() != centre);
        QCOMPARE(visibleNames().first(), QStringLiteral("石川県南加賀保健福祉センター"));
        QCOMPARE(m_page->currentId(),
                 OrganisationStore(m_session.db()).findByName(QStringLiteral("石川県南加賀保健福祉センター")).first().id);
        m_page->searchEdit()->clear();
    }

    void editSavesAndUndoes()
    {
        m_page->selectId(OrganisationStore(m_session.db()).findByName(QStringLiteral("病院")).first().id);
        const qint64 id = m_page->currentId();
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->selectAll();
        typeText(name, QStringLiteral("市内の病院"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("市内の病院"));
        QVERIFY(visibleNames().contains(QStringLiteral("市内の病院")));
        m_session.undoStack()->undo();
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("病院"));
        QVERIFY(visibleNames().contains(QStringLiteral("病院")));
        m_session.undoStack()->redo();
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("市内の病院"));
    }

    void emptyNameIsRefused()
    {
        const qint64 id = m_page->currentId();
        QLineEdit* name = m_page->editor()->nameEdit();
        name->setFocus();
        name->clear();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("name")));
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("市内の病院"));
        QCOMPARE(name->text(), QStringLiteral("市内の病院"));
    }

    void newAndDeleteUnreferenced()
    {
        const int before = OrganisationStore(m_session.db()).all().size();
        QTest::keyClick(m_page->listView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(OrganisationStore(m_session.db()).all().size(), before + 1);
        QLineEdit* name = m_page->editor()->nameEdit();
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("山代温泉訪問看護ステーション"));
        QTest::keyClick(name, Qt::Key_Tab);
        const qint64 id = m_page->currentId();
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("山代温泉訪問看護ステーション"));

        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(!OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt));
        m_session.undoStack()->undo(); // the delete comes back with the same id
        QCOMPARE(OrganisationStore(m_session.db()).get(id).valueOr(std::nullopt)->name, QStringLiteral("山代温泉訪問看護ステーション"));
    }

    void deletingReferencedOffersDeactivation()
    {
        const Organisation kmc = OrganisationStore(m_session.db()).findByName(QStringLiteral("加賀市医療センター")).first();
        m_page->selectId(kmc.id);
        Dialogs::setNextAnswer(QMessageBox::Yes); // one question: deactivate instead?
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Deactivate")));
        const auto stored = OrganisationStore(m_session.db()).get(kmc.id).valueOr(std::nullopt);
        QVERIFY(stored);
        QVERIFY(!stored->active);
    }
};

RENKEI_GUI_TEST_MAIN(TestOrganisationsPage)
#include "TestOrganisationsPage.moc"
