#include "attendance/AttendanceRules.h"
#include "common/Session.h"
#include "counts/ParticipantCounts.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/PersonSearch.h"
#include "events/RosterModel.h"
#include "events/RosterView.h"
#include "model/Membership.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

// A.4 of issue 8: a lecturer of the event's programme ticked on the roster or added as a walk-in
// is recorded as 講師 and not counted; the tally says who is not counted and why; the role stays
// editable.
class TestLecturerAttendance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<EventsPage> m_page;
    qint64 m_eventId = 0;

    Database& db() { return m_session.db(); }
    AttendanceTab* attendance() const { return m_page->editor()->attendance(); }
    qint64 person(const QString& name) { return PersonStore(db()).findByName(name)->value(0).id; }
    QString roleOf(const QString& name)
    {
        const auto a = AttendanceStore(db()).find(m_eventId, person(name)).value();
        return a ? CodeListStore(db()).get(a->roleId).value()->code : QStringLiteral("(none)");
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        // R6.12.12: 白﨑直樹 lectures. 長谷川英裕 lectures too, and sits on the organising body.
        const Event event = EventStore(db()).findByDate(QDate(2024, 12, 12)).value().value(0);
        m_eventId = event.id;
        QVERIFY(m_eventId && event.bodyId);
        ProgrammeItem item = ProgrammeStore(db()).items(m_eventId).value().value(0);
        item.lecturerIds << person(QStringLiteral("長谷川英裕"));
        QVERIFY(ProgrammeStore(db()).update(item));
        Membership m;
        m.bodyId = event.bodyId;
        m.personId = person(QStringLiteral("長谷川英裕"));
        QVERIFY(BodyStore(db()).insert(m));

        m_page = std::make_unique<EventsPage>(m_session, EventsPage::Trainings);
        m_page->resize(1300, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->selectId(m_eventId);
        m_page->editor()->setCurrentIndex(2);
    }

    void lecturersAreNotCounted()
    {
        RosterModel* model = attendance()->roster();
        RosterView* roster = attendance()->rosterView();
        const int row = model->rowOfPerson(person(QStringLiteral("長谷川英裕")));
        QVERIFY(row >= 0);
        const std::optional<int> before = ParticipantCounts(db()).eventCount(m_eventId);
        QCOMPARE(before, std::optional<int>(22)); // the sample's headcount

        // Ticked on the roster.
        roster->setFocus();
        roster->setCurrentIndex(model->index(row, RosterModel::StatusColumn));
        QTest::keyClick(roster, Qt::Key_Space);
        QCOMPARE(roleOf(QStringLiteral("長谷川英裕")), AttendanceRules::LecturerRole);
        QCOMPARE(model->index(row, RosterModel::RoleColumn).data().toString(), QStringLiteral("Lecturer"));

        // Added as a walk-in.
        PersonSearch* search = attendance()->walkInSearch();
        search->lineEdit()->setFocus();
        typeText(search->lineEdit(), QStringLiteral("しらさき"));
        QCOMPARE(search->matchList()->count(), 1);
        QTest::keyClick(search->lineEdit(), Qt::Key_Return);
        QCOMPARE(roleOf(QStringLiteral("白﨑直樹")), AttendanceRules::LecturerRole);

        QCOMPARE(ParticipantCounts(db()).eventCount(m_eventId), before);
        const QString tally = attendance()->tallyLabel()->text();
        QVERIFY2(
            tally.contains(QStringLiteral("Not counted as participants: Lecturer 2 (白﨑直樹, 長谷川英裕)")),
            qPrintable(tally));

        // The role stays editable: 白﨑 made a participant is counted, and the tally says so.
        const qint64 participant =
            CodeListStore(db()).idOf(CodeListStore::AttendanceRole, AttendanceRules::ParticipantRole).value();
        const int shirasaki = model->rowOfPerson(person(QStringLiteral("白﨑直樹")));
        QVERIFY(model->setData(model->index(shirasaki, RosterModel::RoleColumn), participant));
        QCoreApplication::processEvents();
        QCOMPARE(roleOf(QStringLiteral("白﨑直樹")), AttendanceRules::ParticipantRole);
        QCOMPARE(ParticipantCounts(db()).eventCount(m_eventId), std::optional<int>(*before + 1));
        const QString after = attendance()->tallyLabel()->text();
        QVERIFY2(after.contains(QStringLiteral("Not counted as participants: Lecturer 1 (長谷川英裕)")),
                 qPrintable(after));
        QVERIFY(!after.contains(QStringLiteral("白﨑直樹")));
    }
};

RENKEI_GUI_TEST_MAIN(TestLecturerAttendance)
#include "TestLecturerAttendance.moc"
