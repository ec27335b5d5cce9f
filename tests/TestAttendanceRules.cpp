#include "attendance/AttendanceRules.h"
#include "counts/ParticipantCounts.h"
#include "db/Database.h"
#include "io/Importer.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A.4 of issue 8: a lecturer of the event's programme is not counted as a participant. The
// default role is decided in one place (AttendanceRules::defaultRole), which the import uses when
// the sheet's role is empty; ParticipantCounts::notCounted names who came but is not counted.
class TestAttendanceRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_first = 0;  // R6.12.12, 白﨑直樹 lectures
    qint64 m_second = 0; // R7.1.22, 長谷川英裕 lectures

    qint64 person(const QString& name) { return PersonStore(m_db).findByName(name)->value(0).id; }
    QString roleOf(qint64 eventId, const QString& name)
    {
        const auto a = AttendanceStore(m_db).find(eventId, person(name)).value();
        return a ? CodeListStore(m_db).get(a->roleId).value()->code : QStringLiteral("(none)");
    }
    Status import(const QByteArray& csv, ImportReport* report)
    {
        const QString path = m_dir.filePath(QStringLiteral("attendance.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Status::failure(QStringLiteral("cannot write ") + path);
        f.write(csv);
        f.close();
        return Importer(m_db).run(Importer::Kind::Attendance, path, false, report);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
        m_first = EventStore(m_db).findByDate(QDate(2024, 12, 12)).value().value(0).id;
        m_second = EventStore(m_db).findByDate(QDate(2025, 1, 22)).value().value(0).id;
        QVERIFY(m_first && m_second);
    }

    void lecturerOfTheProgrammeIsALecturer()
    {
        CodeListStore codes(m_db);
        const qint64 lecturer = codes.idOf(CodeListStore::AttendanceRole, AttendanceRules::LecturerRole).value();
        const qint64 participant =
            codes.idOf(CodeListStore::AttendanceRole, AttendanceRules::ParticipantRole).value();
        QVERIFY(lecturer && participant);
        QCOMPARE(AttendanceRules::defaultRole(m_db, m_first, person(QStringLiteral("白﨑直樹"))).value(), lecturer);
        // A lecturer of another event's programme comes to this one as a participant.
        QCOMPARE(AttendanceRules::defaultRole(m_db, m_first, person(QStringLiteral("長谷川英裕"))).value(),
                 participant);
        QCOMPARE(AttendanceRules::defaultRole(m_db, m_second, person(QStringLiteral("長谷川英裕"))).value(),
                 lecturer);
        QCOMPARE(AttendanceRules::defaultRole(m_db, m_first, 0).value(), participant);
    }

    void importWithoutRoleFollowsTheProgramme()
    {
        ImportReport report;
        const Status st = import("日付,氏名,所属,職種,役割\n"
                                 "2024-12-12,白﨑直樹,,,\n"
                                 "2024-12-12,長谷川英裕,,,\n"
                                 "2025-01-22,長谷川英裕,,,\n"
                                 "2025-01-22,白﨑直樹,,,参加者\n"
                                 "2025-01-22,山田花子,,看護師,\n",
                                 &report);
        QVERIFY2(st, qPrintable(st.fullText()));
        QCOMPARE(roleOf(m_first, QStringLiteral("白﨑直樹")), QStringLiteral("lecturer"));
        QCOMPARE(roleOf(m_first, QStringLiteral("長谷川英裕")), QStringLiteral("participant"));
        QCOMPARE(roleOf(m_second, QStringLiteral("長谷川英裕")), QStringLiteral("lecturer"));
        QCOMPARE(roleOf(m_second, QStringLiteral("白﨑直樹")),
                 QStringLiteral("participant")); // the sheet says so
        QCOMPARE(roleOf(m_second, QStringLiteral("山田花子")), QStringLiteral("participant"));

        // Imported again without a role, a row keeps the role it was given.
        ImportReport again;
        QVERIFY(import("日付,氏名,役割\n2025-01-22,白﨑直樹,\n", &again));
        QCOMPARE(roleOf(m_second, QStringLiteral("白﨑直樹")), QStringLiteral("participant"));
    }

    void notCountedNamesTheLecturers()
    {
        const ParticipantCounts counts(m_db, ParticipantCounts::Labels::Japanese);
        Status st;
        const auto first = counts.notCounted(m_first, &st);
        QVERIFY2(first, qPrintable(st.fullText()));
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().role, QStringLiteral("講師"));
        QCOMPARE(first->first().names, QStringList{QStringLiteral("白﨑直樹")});
        const auto second = counts.notCounted(m_second, &st);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().names, QStringList{QStringLiteral("長谷川英裕")});
        // Counted: 長谷川 at the first, 白﨑 and 山田 at the second (plus the sample's headcounts).
        const auto none = counts.notCounted(EventStore(m_db).findByDate(QDate(2025, 1, 30)).value().value(0).id, &st);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }
};

RENKEI_TEST_MAIN(TestAttendanceRules)
#include "TestAttendanceRules.moc"
