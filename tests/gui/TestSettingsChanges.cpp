// The settings page applies committed code-list changes row by row: one entry relabelled
// repaints one row, an entry moved is a row moved, one added or deleted a row inserted or
// removed — never a reset, so the view keeps its current cell — and the model stays consistent
// (QAbstractItemModelTester) while the changes are applied.
#include "common/Session.h"
#include "domain/Codes.h"
#include "service/CodeListService.h"
#include "settings/CodeListEditor.h"
#include "settings/CodeListModel.h"
#include "settings/SettingsPage.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestSettingsChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<SettingsPage> m_page;

    CodeListEditor* lists() const { return m_page->codeLists(); }
    CodeListModel* model() const { return lists()->model(); }

    QList<qint64> ids() const
    {
        QList<qint64> list;
        for (const CodeItem& c : model()->items())
            list << c.id;
        return list;
    }
    QList<qint64> storedIds()
    {
        QList<qint64> list;
        for (const CodeItem& c : CodeListService(m_session.services()).list(CodeList::Profession).valueOr({}))
            list << c.id;
        return list;
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
        lists()->setList(CodeList::Profession);
        QVERIFY(model()->rowCount() > 3);
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_session.close();
    }

    void changesTouchOnlyTheirRows()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(model(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);

        // One entry relabelled: one row repainted.
        CodeItem nurse = model()->item(3);
        nurse.labelEn = QStringLiteral("Registered nurse");
        QVERIFY(CodeListService(m_session.services()).update(nurse));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3);
        QCOMPARE(model()->item(3).labelEn, QStringLiteral("Registered nurse"));

        // Moved down: rows moved in place, in the stored order, the moved entry still current.
        lists()->selectId(nurse.id);
        lists()->moveCurrent(1);
        QVERIFY(moved.count() > 0);
        QCOMPARE(ids(), storedIds());
        QCOMPARE(lists()->currentId(), nurse.id);
        m_session.undoStack()->undo();
        QCOMPARE(ids(), storedIds());
        QCOMPARE(model()->rowOf(nurse.id), 3);

        // Added and deleted (undo of the add): one row in, one row out.
        const int rows = model()->rowCount();
        lists()->addEntry();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model()->rowCount(), rows + 1);
        m_session.undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(reset.count(), 0);
    }
};

RENKEI_GUI_TEST_MAIN(TestSettingsChanges)
#include "TestSettingsChanges.moc"
