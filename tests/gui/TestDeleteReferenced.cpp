#include "common/Dialogs.h"
#include "common/Session.h"
#include "model/Attendance.h"
#include "pages/RecordPage.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// A.9 of issue 8: deleting a person, organisation or body asks one question. When records refer
// to it, the question counts them (n attendance records, m memberships, k lectures) and offers
// Deactivate or Cancel; otherwise it is a plain Delete or Cancel.
class TestDeleteReferenced : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<MainWindow> m_window;

    Database& db() { return m_session.db(); }
    RecordPage* page(int index) { return qobject_cast<RecordPage*>(m_window->page(index)); }

    // Presses Delete on record `id` of page `index` with `answer` ready; returns how many
    // questions were asked.
    int pressDelete(int index, qint64 id, QMessageBox::StandardButton answer)
    {
        m_window->showPage(index);
        RecordPage* p = page(index);
        p->selectId(id);
        [&] { QCOMPARE(p->currentId(), id); }();
        const int before = Dialogs::shownCount();
        Dialogs::setNextAnswer(answer);
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_Delete);
        return Dialogs::shownCount() - before;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_window = std::make_unique<MainWindow>(m_session);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_session.setFiscalYear(FiscalYear(2024));
    }

    void personWithHistoryIsDeactivated()
    {
        // 白﨑直樹 lectures at R6.12.12 (the sample) and attended R7.1.22.
        const Person shirasaki = PersonStore(db()).findByName(QStringLiteral("白﨑直樹"))->first();
        CodeListStore codes(db());
        Attendance a;
        a.eventId = EventStore(db()).findByDate(QDate(2025, 1, 22)).value().first().id;
        a.personId = shirasaki.id;
        a.statusId = codes.idOf(CodeListStore::AttendanceStatus, QStringLiteral("present")).value();
        a.roleId = codes.idOf(CodeListStore::AttendanceRole, QStringLiteral("participant")).value();
        QVERIFY(AttendanceStore(db()).save(a));
        m_session.notifyChanged();

        QCOMPARE(pressDelete(3, shirasaki.id, QMessageBox::Cancel), 1);
        QCOMPARE(Dialogs::lastButtons(),
                 (QStringList{QStringLiteral("De&activate"), QStringLiteral("Cancel")}));
        const QString text = Dialogs::lastMessage();
        QVERIFY2(text.contains(QStringLiteral("白﨑直樹")) &&
                     text.contains(QStringLiteral("1 attendance record")) &&
                     text.contains(QStringLiteral("1 lecture")) &&
                     !text.contains(QStringLiteral("membership")),
                 qPrintable(text));
        QVERIFY(PersonStore(db()).get(shirasaki.id)->value().active); // cancelled: nothing changed

        QCOMPARE(pressDelete(3, shirasaki.id, QMessageBox::Yes), 1);
        QVERIFY(PersonStore(db()).get(shirasaki.id)->has_value());
        QVERIFY(!PersonStore(db()).get(shirasaki.id)->value().active);

        // Already inactive: the one message says so and changes nothing.
        QCOMPARE(pressDelete(3, shirasaki.id, QMessageBox::Ok), 1);
        QCOMPARE(Dialogs::lastButtons(), QStringList{QStringLiteral("OK")});
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("already inactive")));
        QVERIFY(PersonStore(db()).get(shirasaki.id)->has_value());
        m_session.undoStack()->undo();
        QVERIFY(PersonStore(db()).get(shirasaki.id)->value().active);
    }

    void unreferencedPersonIsDeletedAfterOneQuestion()
    {
        Person p;
        p.name = QStringLiteral("山田太郎");
        QVERIFY(PersonStore(db()).insert(p));
        m_session.notifyChanged();
        QCOMPARE(pressDelete(3, p.id, QMessageBox::Yes), 1);
        QCOMPARE(Dialogs::lastButtons(), (QStringList{QStringLiteral("&Delete"), QStringLiteral("Cancel")}));
        QVERIFY(!PersonStore(db()).get(p.id)->has_value());
        m_session.undoStack()->undo();
        QVERIFY(PersonStore(db()).get(p.id)->has_value());
    }

    void organisationCountsPeopleAndMemberships()
    {
        const Organisation kmc =
            OrganisationStore(db()).findByName(QStringLiteral("加賀市医療センター"))->first();
        QCOMPARE(pressDelete(4, kmc.id, QMessageBox::Yes), 1);
        QCOMPARE(Dialogs::lastButtons(),
                 (QStringList{QStringLiteral("De&activate"), QStringLiteral("Cancel")}));
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("1 person(s)")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(!OrganisationStore(db()).get(kmc.id)->value().active);
        m_session.undoStack()->undo();
    }

    void bodyCountsEventsMembershipsAndBodies()
    {
        const qint64 council = BodyStore(db()).find(QStringLiteral("協議会")).value();
        QCOMPARE(pressDelete(5, council, QMessageBox::Cancel), 1);
        const QString text = Dialogs::lastMessage();
        QVERIFY2(text.contains(QStringLiteral("2 membership(s)")) &&
                     text.contains(QStringLiteral("event(s)")) &&
                     text.contains(QStringLiteral("2 other body(ies)")),
                 qPrintable(text));
        QVERIFY(BodyStore(db()).get(council).value()->active);
    }
};

RENKEI_GUI_TEST_MAIN(TestDeleteReferenced)
#include "TestDeleteReferenced.moc"
