// Issue 9, point 5: a step that cannot be undone (or redone) leaves the undo stack where it was
// and says why; the window's Undo runs the step before the stack moves.
#include "common/Session.h"
#include "util/TestEnvironment.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestFailedUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_session.create(m_dir.filePath(QStringLiteral("u.sqlite"))));
    }

    void aFailedUndoLeavesTheStackAndSaysWhy()
    {
        int value = 0;
        bool undoWorks = false;
        QVERIFY(m_session.edit(
            QStringLiteral("会場の変更"),
            [&] {
                value = 1;
                return Status::success();
            },
            [&] {
                if (!undoWorks)
                    return Status::failure(QStringLiteral("ロックされています"), QStringLiteral("database is locked"));
                value = 0;
                return Status::success();
            }));
        QCOMPARE(m_session.undoStack()->index(), 1);

        QSignalSpy failed(&m_session, &Session::failed);
        m_session.undo();
        QCOMPARE(failed.count(), 1);
        const Status st = failed.at(0).at(0).value<Status>();
        QVERIFY2(st.message().contains(QStringLiteral("会場の変更")), qPrintable(st.message()));
        QVERIFY(st.message().contains(QStringLiteral("ロックされています")));
        QCOMPARE(st.detail(), QStringLiteral("database is locked"));
        QCOMPARE(m_session.undoStack()->index(), 1); // still undoable
        QCOMPARE(value, 1);

        QSignalSpy said(&m_session, &Session::message);
        undoWorks = true;
        m_session.undo();
        QCOMPARE(m_session.undoStack()->index(), 0);
        QCOMPARE(value, 0);
        m_session.redo();
        QCOMPARE(m_session.undoStack()->index(), 1);
        QCOMPARE(value, 1);
        QCOMPARE(failed.count(), 1);
        // Each step that ran says so in the status bar; the failed one said nothing there.
        QCOMPARE(said.count(), 2);
        QCOMPARE(said.at(0).at(0).toString(), Session::tr("Undone: %1").arg(QStringLiteral("会場の変更")));
        QCOMPARE(said.at(1).at(0).toString(), Session::tr("Redone: %1").arg(QStringLiteral("会場の変更")));
    }

    void aFailedRedoLeavesTheStackToo()
    {
        m_session.undoStack()->clear();
        int runs = 0;
        QVERIFY(m_session.edit(
            QStringLiteral("氏名の変更"),
            [&] { return ++runs == 1 ? Status::success() : Status::failure(QStringLiteral("書き込めません")); },
            [] { return Status::success(); }));
        m_session.undo();
        QCOMPARE(m_session.undoStack()->index(), 0);
        QSignalSpy failed(&m_session, &Session::failed);
        m_session.redo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_session.undoStack()->index(), 0); // can still be redone later
        QVERIFY(m_session.undoStack()->canRedo());
    }
};

RENKEI_GUI_TEST_MAIN(TestFailedUndo)
#include "TestFailedUndo.moc"
